import { mount } from 'svelte';
import './app.css';
import Start from './Start.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(Start, { target });
