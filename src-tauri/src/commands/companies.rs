use casebook_core::{Agent, Company, CompanyInput, CompanySummary, Result};
use chrono::Utc;

use crate::state::AppState;

pub fn list_companies(state: &AppState) -> Result<Vec<CompanySummary>> {
    state.store().companies()
}

pub fn get_company(state: &AppState, id: i64) -> Result<Company> {
    state.store().company(id)
}

pub fn create_company(state: &AppState, input: CompanyInput) -> Result<Company> {
    state.store().create_company(&input, Utc::now())
}

pub fn update_company(state: &AppState, id: i64, input: CompanyInput) -> Result<Company> {
    state.store().update_company(id, &input, Utc::now())
}

pub fn list_agents(state: &AppState, company_id: i64) -> Result<Vec<Agent>> {
    state.store().agents(company_id)
}

pub fn rename_agent(state: &AppState, id: i64, input: casebook_core::AgentInput) -> Result<Agent> {
    state.store().rename_agent(id, &input)
}

pub fn merge_agents(state: &AppState, keep: i64, other: i64) -> Result<Agent> {
    state.store().merge_agents(keep, other)
}
