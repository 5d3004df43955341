//! The case file: everything about one case, as the case screen shows it.

use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::company::Company;
use crate::db::Store;
use crate::error::Result;
use crate::follow_up::FollowUp;
use crate::interaction::Interaction;
use crate::promise::Promise;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseFile {
    pub case: Case,
    pub company: Company,
    /// Oldest first.
    pub interactions: Vec<Interaction>,
    pub promises: Vec<Promise>,
    pub follow_ups: Vec<FollowUp>,
}

impl Store {
    pub fn case_file(&self, id: i64) -> Result<CaseFile> {
        let case = self.case(id)?;
        Ok(CaseFile {
            company: self.company(case.company_id)?,
            interactions: self.interactions(id)?,
            promises: self.promises(id)?,
            follow_ups: self.follow_ups(id)?,
            case,
        })
    }
}
