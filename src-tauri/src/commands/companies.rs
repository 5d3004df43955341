use casebook_core::{Agent, Company, CompanyInput, CompanySummary, Result};
use chrono::Utc;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn list_companies(state: State<'_, AppState>) -> Result<Vec<CompanySummary>> {
    state.store().companies()
}

#[tauri::command(async)]
pub fn get_company(state: State<'_, AppState>, id: i64) -> Result<Company> {
    state.store().company(id)
}

#[tauri::command(async)]
pub fn create_company(state: State<'_, AppState>, input: CompanyInput) -> Result<Company> {
    state.store().create_company(&input, Utc::now())
}

#[tauri::command(async)]
pub fn update_company(state: State<'_, AppState>, id: i64, input: CompanyInput) -> Result<Company> {
    state.store().update_company(id, &input, Utc::now())
}

#[tauri::command(async)]
pub fn list_agents(state: State<'_, AppState>, company_id: i64) -> Result<Vec<Agent>> {
    state.store().agents(company_id)
}
