//! Finding a case by anything the user remembers, in Korean or English, whatever they type.
mod common;
use casebook_core::search::SearchHit;
use casebook_core::*;
use common::*;

fn titles(hits: &[SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.case_title.as_str()).collect()
}

fn snippet(hit: &SearchHit) -> String {
    hit.snippet
        .iter()
        .map(|p| {
            if p.hit {
                format!("[{}]", p.text)
            } else {
                p.text.clone()
            }
        })
        .collect()
}

/// Two companies, three cases, contacts with agents, references, notes and promises.
fn filled() -> (Store, i64, i64, i64) {
    let mut s = store();
    let power = company(&mut s, "한국전력");
    let telecom = company(&mut s, "Acme Telecom");
    let bill = open_case(&mut s, power.id, "전기 요금 이중 청구");
    let mut first = call("2026-11-10 10:00");
    first.agent = AgentInput {
        name: Some("김민지".into()),
        code: Some("A-7781".into()),
        department: Some("요금팀".into()),
    };
    first.reference = Some("REF-44712".into());
    first.notes = Some("상담원이 환불해 주기로 했음. 영업일 3일 이내".into());
    first.promise = Some(promise("이중 청구분 환불", "2026-11-20"));
    s.log_interaction(bill.id, &first, now()).unwrap();

    let mut router_input = case_input(telecom.id, "Router never arrived");
    router_input.description =
        Some("Ordered on the web shop; tracking says <b>delivered</b>".into());
    router_input.identifiers = vec![Identifier {
        label: "Order".into(),
        value: "ABC-123".into(),
    }];
    router_input.amount = Some("59000".into());
    router_input.currency = Some("KRW".into());
    let router = s.open_case(&router_input, now()).unwrap();
    let mut chat = call_on("2026-11-12 09:00", Channel::Chat);
    chat.agent = AgentInput {
        name: Some("Jane".into()),
        code: Some("4471".into()),
        department: None,
    };
    chat.notes = Some("Jane promised a REFUND within 5 days".into());
    s.log_interaction(router.id, &chat, now()).unwrap();

    let old = open_case(&mut s, telecom.id, "Old refund, settled");
    s.log_interaction(
        old.id,
        &{
            let mut c = call("2026-10-01 09:00");
            c.notes = Some("refund paid".into());
            c
        },
        now(),
    )
    .unwrap();
    s.resolve_case(old.id, Outcome::GotIt, None, None, now())
        .unwrap();
    (s, bill.id, router.id, old.id)
}

fn call_on(at: &str, channel: Channel) -> InteractionInput {
    InteractionInput {
        channel,
        ..call(at)
    }
}

#[test]
fn korean_words_are_found_with_their_particles_attached() {
    let (s, bill, _, _) = filled();
    for query in ["환불", "상담원", "요금", "한국전력", "김민지", "요금팀"] {
        let hits = s.search(query).unwrap();
        assert_eq!(hits.first().map(|h| h.case_id), Some(bill), "{query}");
    }
    let hit = &s.search("상담원").unwrap()[0];
    // The contact's line: its reference and agent, then the note, the match marked.
    assert_eq!(
        snippet(hit),
        "REF-44712 김민지 A-7781 요금팀 [상담원]이 환불해 주기로 했음. 영업일 3일 이내"
    );
}

#[test]
fn fragments_of_references_and_ids_are_found_whatever_the_case() {
    let (s, bill, router, _) = filled();
    assert_eq!(
        titles(&s.search("4471").unwrap())[..2].len(),
        2,
        "REF-44712 and Jane's ID 4471"
    );
    assert!(s.search("44712").unwrap().iter().any(|h| h.case_id == bill));
    assert_eq!(s.search("abc-123").unwrap()[0].case_id, router);
    assert_eq!(s.search("A-7781").unwrap()[0].case_id, bill);
    assert_eq!(s.search("59000").unwrap()[0].case_id, router, "an amount");
    assert_eq!(s.search("acme").unwrap().len(), 2);
}

#[test]
fn open_cases_come_before_resolved_ones_and_the_match_is_marked() {
    let (s, _, router, old) = filled();
    let hits = s.search("refund").unwrap();
    let ids: Vec<i64> = hits.iter().map(|h| h.case_id).collect();
    assert!(ids.contains(&router) && ids.contains(&old));
    let router_at = ids.iter().position(|&i| i == router).unwrap();
    let old_at = ids.iter().position(|&i| i == old).unwrap();
    assert!(router_at < old_at || hits[old_at].case_title.contains("refund"));
    let router_hit = hits.iter().find(|h| h.case_id == router).unwrap();
    assert_eq!(
        snippet(router_hit),
        "Jane 4471 Jane promised a [REFUND] within 5 days"
    );
    assert_eq!(
        hits.iter().find(|h| h.case_id == old).unwrap().status,
        Status::Resolved
    );
    // Markup in a note is text in the snippet, to be shown as text.
    let tagged = &s.search("delivered").unwrap()[0];
    assert_eq!(
        snippet(tagged),
        "Ordered on the web shop; tracking says <b>[delivered]</b>"
    );
}

#[test]
fn any_text_is_a_query_and_none_is_an_error() {
    let (s, _, _, _) = filled();
    let junk = "x\"y(".repeat(2500);
    for query in [
        "\"",
        "\"refund",
        "refund\"",
        "*",
        "refund*",
        "NEAR(refund jane)",
        "refund OR jane",
        "refund AND jane",
        "(",
        ")",
        "^refund",
        "-refund",
        "a",
        "환",
        "%",
        "_",
        "\\",
        "' OR 1=1 --",
        "",
        "   ",
        &junk,
    ] {
        let found = s.search(query);
        assert!(found.is_ok(), "{query:?}: {found:?}");
    }
    assert!(
        s.search("%").unwrap().is_empty(),
        "a % is a percent sign, not a wildcard"
    );
    assert_eq!(
        s.search("환").unwrap().len(),
        1,
        "one Korean letter is enough"
    );
}

#[test]
fn the_index_follows_every_change() {
    let (mut s, bill, router, old) = filled();
    // A correction to a contact.
    let logged = s.case_file(router).unwrap().interactions[0].clone();
    let mut fixed = InteractionInput::from(&logged);
    fixed.notes = Some("Jane promised a credit note".into());
    s.update_interaction(logged.id, &fixed, now()).unwrap();
    assert!(!s
        .search("refund within")
        .unwrap()
        .iter()
        .any(|h| h.case_id == router));
    assert_eq!(s.search("credit note").unwrap()[0].case_id, router);
    // A renamed company and agent.
    let telecom = s.case(router).unwrap().company_id;
    let mut renamed = CompanyInput::from(&s.company(telecom).unwrap());
    renamed.name = "Zeta Mobile".into();
    s.update_company(telecom, &renamed, now()).unwrap();
    assert_eq!(s.search("zeta").unwrap().len(), 2);
    assert!(s.search("acme").unwrap().is_empty());
    let jane = s.agents(telecom).unwrap()[0].clone();
    s.rename_agent(
        jane.id,
        &AgentInput {
            name: Some("Jane Kim".into()),
            code: Some("4471".into()),
            department: None,
        },
    )
    .unwrap();
    assert_eq!(s.search("jane kim").unwrap()[0].case_id, router);
    // Reopened and resolved cases stay findable; a deleted one goes, and comes back restored.
    s.reopen_case(old, now()).unwrap();
    assert_eq!(s.search("refund paid").unwrap()[0].status, Status::Open);
    let item = s.delete_case(bill, now()).unwrap();
    assert!(s.search("환불").unwrap().is_empty());
    s.restore(item.id).unwrap();
    assert_eq!(s.search("환불").unwrap()[0].case_id, bill);
}

#[test]
fn an_imported_backup_is_searchable() {
    let (s, bill, _, _) = filled();
    let text = serde_json::to_string(&s.export(now()).unwrap()).unwrap();
    let mut fresh = store();
    fresh.import(&text).unwrap();
    assert_eq!(fresh.search("REF-44712").unwrap()[0].case_id, bill);
}
