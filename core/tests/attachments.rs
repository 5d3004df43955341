//! Evidence attached to a case: stored once by its SHA-256, removed with care, never lost on
//! a failed copy, and listed in the dossier with its hash.
mod common;
use std::io::Read;
use std::path::Path;

use casebook_core::attachment::{AttachTo, MAX_BYTES};
use casebook_core::*;
use common::*;

/// The smallest PNG: one transparent pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

struct Folder {
    _dir: tempfile::TempDir,
    data: std::path::PathBuf,
    files: std::path::PathBuf,
}

fn folder() -> Folder {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    Folder {
        data,
        files,
        _dir: dir,
    }
}

fn stored(data: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data.join("attachments"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn sha256_of(bytes: &[u8]) -> String {
    let out = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(bytes)?;
            child.wait_with_output()
        })
        .unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

fn opened(store: &mut Store) -> (Case, Interaction) {
    let acme = company(store, "Acme");
    let case = open_case(store, acme.id, "Broken phone");
    let contact = store
        .log_interaction(case.id, &call("2026-11-18 14:30"), now())
        .unwrap();
    (case, contact)
}

#[test]
fn a_file_is_stored_once_by_its_hash_with_its_name_type_and_size() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, contact) = opened(&mut s);
    let photo = f.files.join("broken screen.png");
    std::fs::write(&photo, PNG).unwrap();
    let to = AttachTo {
        case_id: case.id,
        interaction_id: None,
        note: Some("The crack, the day it came".into()),
    };
    let first = s.attach_file(&to, &photo, now()).unwrap();
    // Worked out by another program than the one that stored it.
    let hash = sha256_of(PNG);
    assert_eq!(first.sha256, hash);
    assert_eq!(
        (first.name.as_str(), first.media_type.as_str(), first.bytes),
        ("broken screen.png", "image/png", PNG.len() as u64)
    );
    assert!(!first.missing);
    assert_eq!(
        std::fs::read(f.data.join("attachments").join(&hash)).unwrap(),
        PNG
    );

    // The same bytes again, to the contact this time: a second row, one file.
    let to_contact = AttachTo {
        interaction_id: Some(contact.id),
        ..to.clone()
    };
    let second = s
        .attach(&to_contact, "copy.png", &mut &PNG[..], now())
        .unwrap();
    assert_eq!(second.sha256, hash);
    assert_eq!(stored(&f.data), vec![hash.clone()]);
    let file = s.case_file(case.id).unwrap();
    assert_eq!(file.attachments.len(), 2);
    assert_eq!(
        file.timeline
            .iter()
            .filter(|e| e.kind == TimelineKind::Attachment)
            .count(),
        1,
        "the case's own attachment is a timeline entry; the contact's is told with it"
    );

    // Removing one keeps the file the other still names; removing both deletes it.
    s.remove_attachment(first.id).unwrap();
    assert_eq!(stored(&f.data), vec![hash.clone()]);
    s.remove_attachment(second.id).unwrap();
    assert!(stored(&f.data).is_empty());
}

#[test]
fn a_file_over_the_limit_is_refused_before_anything_is_copied() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, _) = opened(&mut s);
    let huge = f.files.join("phone backup.zip");
    // A sparse file: over the limit without filling the disk.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(MAX_BYTES + 1)
        .unwrap();
    let to = AttachTo {
        case_id: case.id,
        ..Default::default()
    };
    let e = s.attach_file(&to, &huge, now()).unwrap_err();
    assert_eq!(e.code(), "too_large");
    assert_eq!(
        e.message(Language::En),
        "phone backup.zip is 201 MB: a file over 200 MB cannot be attached. Attach a smaller copy, or a part of it."
    );
    assert_eq!(
        e.message(Language::Ko),
        "phone backup.zip의 크기가 201MB입니다. 200MB가 넘는 파일은 첨부할 수 없습니다. 더 작은 사본이나 일부만 첨부하세요."
    );
    assert!(s.attachments(case.id).unwrap().is_empty());
    assert!(stored(&f.data).is_empty());
}

/// A source that fails halfway, as a disk pulled out mid-copy would.
struct FailsHalfway(usize);

impl Read for FailsHalfway {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0 == 0 {
            return Err(std::io::Error::other("the device was removed"));
        }
        self.0 -= 1;
        buf[..4].copy_from_slice(b"data");
        Ok(4)
    }
}

#[test]
fn a_failed_copy_leaves_no_row_and_no_file() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, contact) = opened(&mut s);
    let to = AttachTo {
        case_id: case.id,
        ..Default::default()
    };
    assert!(s
        .attach(&to, "recording.m4a", &mut FailsHalfway(3), now())
        .is_err());
    assert!(s.attachments(case.id).unwrap().is_empty());
    assert!(
        stored(&f.data).is_empty(),
        "no file, not even a partial one"
    );

    // A contact of another case is refused before anything is copied.
    let other = open_case(&mut s, case.company_id, "Another");
    let wrong = AttachTo {
        case_id: other.id,
        interaction_id: Some(contact.id),
        note: None,
    };
    assert_eq!(
        s.attach(&wrong, "x.png", &mut &PNG[..], now())
            .unwrap_err()
            .code(),
        "not_found"
    );
    assert!(stored(&f.data).is_empty());
}

#[test]
fn a_file_deleted_by_hand_shows_as_missing_and_the_case_still_opens() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, _) = opened(&mut s);
    let to = AttachTo {
        case_id: case.id,
        ..Default::default()
    };
    let a = s.attach(&to, "receipt.png", &mut &PNG[..], now()).unwrap();
    std::fs::remove_file(f.data.join("attachments").join(&a.sha256)).unwrap();
    let file = s.case_file(case.id).unwrap();
    assert!(file.attachments[0].missing);
    assert!(s
        .dossier(
            case.id,
            Language::En,
            dossier::Paper::A4,
            now(),
            &chrono::Utc
        )
        .is_ok());
    assert_eq!(s.attachment_path(a.id).unwrap_err().code(), "conflict");
}

#[test]
fn a_deleted_case_keeps_its_files_until_it_is_gone_for_good() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, _) = opened(&mut s);
    let to = AttachTo {
        case_id: case.id,
        ..Default::default()
    };
    let a = s.attach(&to, "receipt.png", &mut &PNG[..], now()).unwrap();
    let trashed = s.delete_case(case.id, now()).unwrap();
    s.prune_attachment_files().unwrap();
    assert_eq!(
        stored(&f.data),
        vec![a.sha256.clone()],
        "restorable, so kept"
    );
    s.restore(trashed.id).unwrap();
    assert_eq!(s.attachments(case.id).unwrap()[0].name, "receipt.png");
    s.delete_case(case.id, now()).unwrap();
    s.empty_trash().unwrap();
    assert!(stored(&f.data).is_empty());
}

#[test]
fn the_dossier_lists_each_attachment_with_its_date_and_hash_in_both_languages() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    s.set_zone(chrono::Utc);
    let (case, contact) = opened(&mut s);
    let to = AttachTo {
        case_id: case.id,
        interaction_id: Some(contact.id),
        note: None,
    };
    let a = s
        .attach(&to, "채팅 캡처.png", &mut &PNG[..], now())
        .unwrap();
    for (lang, attached, heading) in [
        (
            Language::En,
            "Attached: 채팅 캡처.png (1 KB)",
            "Attachments",
        ),
        (Language::Ko, "첨부: 채팅 캡처.png (1 KB)", "첨부 파일"),
    ] {
        let pdf = s
            .dossier(case.id, lang, dossier::Paper::A4, now(), &chrono::Utc)
            .unwrap();
        let path = f.files.join("dossier.pdf");
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdftotext")
            .args(["-layout"])
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils)");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(attached), "{attached:?} in:\n{text}");
        assert!(text.contains(heading));
        assert!(text.contains(&format!("SHA-256 {}", a.sha256)), "{text}");
        assert!(
            text.contains("채팅 캡처.png — "),
            "named with its date: {text}"
        );
    }
}

#[test]
fn a_backup_keeps_the_files_its_data_names_and_a_restore_brings_them_back() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, _) = opened(&mut s);
    let to = AttachTo {
        case_id: case.id,
        ..Default::default()
    };
    let a = s.attach(&to, "receipt.png", &mut &PNG[..], now()).unwrap();
    let backup = s.back_up_now(now()).unwrap().unwrap();
    let kept = f.data.join("backups/attachments").join(&a.sha256);
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        PNG,
        "the backup has the file"
    );

    // Removed and gone from the attachments folder; the backup still has it.
    s.remove_attachment(a.id).unwrap();
    assert!(stored(&f.data).is_empty());
    assert!(kept.is_file());

    s.restore_from(Path::new(&backup.path), now()).unwrap();
    let back = s.attachments(case.id).unwrap();
    assert_eq!(back.len(), 1);
    assert!(!back[0].missing);
    assert_eq!(
        std::fs::read(f.data.join("attachments").join(&a.sha256)).unwrap(),
        PNG
    );
}

#[test]
fn an_export_archive_round_trips_with_its_files_and_a_tampered_one_changes_nothing() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    let (case, contact) = opened(&mut s);
    let to = AttachTo {
        case_id: case.id,
        interaction_id: Some(contact.id),
        note: Some("채팅 화면".into()),
    };
    let a = s.attach(&to, "chat.png", &mut &PNG[..], now()).unwrap();
    let archive = f.files.join("casebook.tar");
    let done = s.export_archive(&archive, now()).unwrap();
    assert_eq!((done.cases, done.files), (1, 1));
    let head = std::fs::read(&archive).unwrap();
    assert!(archive::is_archive(&head[..512]));

    // Into a new data folder on "another machine".
    let other = f.files.join("other");
    let mut t = Store::open_in(&other).unwrap();
    let summary = t.import_archive(&archive).unwrap();
    assert_eq!(summary.cases, 1);
    let back = t.attachments(case.id).unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(
        (
            back[0].name.as_str(),
            back[0].interaction_id,
            back[0].note.as_deref()
        ),
        ("chat.png", Some(contact.id), Some("채팅 화면"))
    );
    assert_eq!(
        std::fs::read(other.join("attachments").join(&a.sha256)).unwrap(),
        PNG
    );

    // One byte of the picture changed inside the archive: refused, nothing imported.
    let mut tampered = head.clone();
    let at = tampered
        .windows(4)
        .position(|w| w == b"IHDR")
        .expect("the picture is in the archive");
    tampered[at + 8] ^= 0xff;
    let bad = f.files.join("tampered.tar");
    std::fs::write(&bad, &tampered).unwrap();
    let third = f.files.join("third");
    let mut u = Store::open_in(&third).unwrap();
    let e = u.import_archive(&bad).unwrap_err();
    assert_eq!(e.code(), "bad_import");
    assert_eq!(
        e.message(Language::En),
        format!(
            "That file cannot be imported, so nothing was changed: attachments/{} does not match its SHA-256: the archive was changed or damaged",
            a.sha256
        )
    );
    assert!(u.is_empty().unwrap());
    assert!(stored(&third).is_empty(), "no file was left behind");
}

#[test]
fn a_letter_added_to_the_dossier_is_kept_as_text_and_listed_with_its_hash() {
    let f = folder();
    let mut s = Store::open_in(&f.data).unwrap();
    s.set_zone(chrono::Utc);
    let (case, _) = opened(&mut s);
    let kept = s
        .attach_letter(
            case.id,
            letters::LetterKind::Complaint,
            Language::En,
            now(),
            &chrono::Utc,
        )
        .unwrap();
    assert_eq!(kept.name, "Formal complaint: Broken phone.txt");
    assert_eq!(kept.media_type, "text/plain");
    let text = std::fs::read_to_string(f.data.join("attachments").join(&kept.sha256)).unwrap();
    assert!(
        text.starts_with("Formal complaint: Broken phone\n\nTo the complaints team at Acme,\n"),
        "{text}"
    );
    let pdf = s
        .dossier(
            case.id,
            Language::En,
            dossier::Paper::A4,
            now(),
            &chrono::Utc,
        )
        .unwrap();
    let path = f.files.join("d.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Attached: Formal complaint: Broken phone.txt"),
        "{text}"
    );
    assert!(text.contains(&kept.sha256));
}
