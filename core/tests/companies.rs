mod common;
use casebook_core::*;
use common::*;

#[test]
fn a_company_is_saved_with_its_channels_and_accounts() {
    let mut s = store();
    let input = CompanyInput {
        name: "  Acme Telecom ".into(),
        phones: vec!["080-123-4567".into(), " ".into()],
        emails: vec!["help@acme.example".into()],
        social: vec!["@acmehelp".into()],
        website: Some("https://acme.example".into()),
        help_url: Some("https://acme.example/help".into()),
        chat_url: Some("".into()),
        accounts: vec![Identifier {
            label: "Account".into(),
            value: "1234-5678".into(),
        }],
        notes: Some("Ask for the retention team.".into()),
        country: None,
        sector: None,
        client: true,
    };
    let c = s.create_company(&input, now()).unwrap();
    assert_eq!(c.name, "Acme Telecom", "names are trimmed");
    assert!(c.client);
    assert!(s.companies().unwrap()[0].client, "lists say it is a client");
    assert_eq!(
        c.phones,
        vec!["080-123-4567"],
        "blank phone rows are dropped"
    );
    assert_eq!(c.chat_url, None, "an empty URL is no URL");
    assert_eq!(c.accounts[0].value, "1234-5678");
    assert_eq!(
        s.company(c.id).unwrap(),
        c,
        "what is read back is what was saved"
    );
}

#[test]
fn an_empty_or_whitespace_name_is_refused_and_nothing_is_saved() {
    let mut s = store();
    for name in ["", "   ", "\n\t"] {
        let input = CompanyInput {
            name: name.into(),
            ..Default::default()
        };
        assert_eq!(
            invalid(s.create_company(&input, now())),
            ("name", Rule::Empty)
        );
    }
    assert!(s.companies().unwrap().is_empty());
}

#[test]
fn a_second_company_with_the_same_name_is_refused_whatever_the_case() {
    let mut s = store();
    company(&mut s, "Acme");
    let dup = CompanyInput {
        name: "ACME".into(),
        ..Default::default()
    };
    assert_eq!(
        invalid(s.create_company(&dup, now())),
        ("name", Rule::Duplicate)
    );
    assert_eq!(s.companies().unwrap().len(), 1);
}

#[test]
fn an_account_value_without_a_label_is_refused() {
    let mut s = store();
    let input = CompanyInput {
        name: "Acme".into(),
        accounts: vec![Identifier {
            label: " ".into(),
            value: "1234".into(),
        }],
        ..Default::default()
    };
    assert_eq!(
        invalid(s.create_company(&input, now())),
        ("accounts", Rule::Incomplete)
    );
}

#[test]
fn editing_a_company_changes_it_and_keeps_its_cases() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    open_case(&mut s, c.id, "Refund");
    let edited = s
        .update_company(
            c.id,
            &CompanyInput {
                name: "Acme Telecom 에이크미".into(),
                phones: vec!["1588-0000".into()],
                ..Default::default()
            },
            at(2026, 11, 21, 9),
        )
        .unwrap();
    assert_eq!(edited.name, "Acme Telecom 에이크미");
    assert_eq!(edited.phones, vec!["1588-0000"]);
    assert_eq!(edited.created_at, c.created_at);
    assert!(edited.updated_at > c.updated_at);
    assert_eq!(s.company_cases(c.id).unwrap().len(), 1);
}

#[test]
fn editing_with_bad_input_changes_nothing() {
    let mut s = store();
    let c = company(&mut s, "Acme");
    let bad = CompanyInput {
        name: "x".repeat(201),
        ..Default::default()
    };
    assert_eq!(
        invalid(s.update_company(c.id, &bad, now())),
        ("name", Rule::TooLong)
    );
    assert_eq!(s.company(c.id).unwrap(), c);
}

#[test]
fn editing_a_missing_company_says_so() {
    let mut s = store();
    let r = s.update_company(
        42,
        &CompanyInput {
            name: "X".into(),
            ..Default::default()
        },
        now(),
    );
    assert!(matches!(
        r,
        Err(Error::NotFound {
            entity: "company",
            id: 42
        })
    ));
}

#[test]
fn the_list_is_by_name_with_open_and_all_case_counts() {
    let mut s = store();
    let b = company(&mut s, "beta Bank");
    let a = company(&mut s, "Acme");
    open_case(&mut s, a.id, "One");
    let two = open_case(&mut s, a.id, "Two");
    s.resolve_case(two.id, Outcome::GotIt, None, None, now())
        .unwrap();
    let list = s.companies().unwrap();
    assert_eq!(
        list.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        vec!["Acme", "beta Bank"],
        "sorted by name, ignoring case"
    );
    assert_eq!((list[0].open_cases, list[0].all_cases), (1, 2));
    assert_eq!((list[1].id, list[1].open_cases), (b.id, 0));
}

#[test]
fn a_company_is_found_by_name_ignoring_case() {
    let mut s = store();
    let c = company(&mut s, "KT 고객센터");
    assert_eq!(s.company_by_name("kt 고객센터").unwrap().unwrap().id, c.id);
    assert!(s.company_by_name("Nope").unwrap().is_none());
}

#[test]
fn everything_is_there_after_closing_and_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let case_id = {
        let mut s = Store::open_in(dir.path()).unwrap();
        let c = company(&mut s, "Acme");
        let k = open_case(&mut s, c.id, "환불 요청");
        let mut i = call("2026-11-18T14:30:00+09:00");
        i.promise = Some(promise("Refund", "2026-11-30"));
        s.log_interaction(k.id, &i, now()).unwrap();
        k.id
    };
    let s = Store::open_in(dir.path()).unwrap();
    let file = s.case_file(case_id).unwrap();
    assert_eq!(file.case.title, "환불 요청");
    assert_eq!(file.company.name, "Acme");
    assert_eq!((file.interactions.len(), file.promises.len()), (1, 1));
}

#[test]
fn email_and_web_addresses_must_look_like_them() {
    let mut s = store();
    let input = CompanyInput {
        name: "Acme".into(),
        emails: vec!["help@acme.example".into(), "not-an-email".into()],
        website: Some("not a url".into()),
        help_url: Some("acme.example/help".into()),
        chat_url: Some("https://".into()),
        ..Default::default()
    };
    assert_eq!(
        problems(s.create_company(&input, now())),
        vec![
            ("emails", Rule::NotAllowed),
            ("website", Rule::NotAllowed),
            ("chat_url", Rule::NotAllowed),
        ]
    );
    let e = s.create_company(&input, now()).unwrap_err();
    assert_eq!(
        e.message(Language::En),
        "Write each email address like help@example.com; \
         Website must be a web address like https://example.com; \
         Chat page must be a web address like https://example.com"
    );
    assert!(s.companies().unwrap().is_empty());
    let fixed = CompanyInput {
        emails: vec!["help@acme.example".into()],
        website: Some("https://www.acme.example".into()),
        chat_url: None,
        ..input
    };
    let saved = s.create_company(&fixed, now()).unwrap();
    assert_eq!(saved.help_url.as_deref(), Some("acme.example/help"));
}

#[test]
fn a_company_can_be_marked_as_a_client_and_unmarked() {
    let mut s = store();
    let c = company(&mut s, "Studio Lee");
    assert!(!c.client, "a company is not a client until marked");
    let marked = s
        .update_company(
            c.id,
            &CompanyInput {
                client: true,
                ..CompanyInput::from(&c)
            },
            now(),
        )
        .unwrap();
    assert!(marked.client);
    let unmarked = s
        .update_company(
            c.id,
            &CompanyInput {
                client: false,
                ..CompanyInput::from(&marked)
            },
            now(),
        )
        .unwrap();
    assert!(!unmarked.client);
}
