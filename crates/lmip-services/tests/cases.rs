//! Complaint cases on both backends: filing with every bad input named, idempotent intake, the
//! complainant's status lookup (uniform answers, limits), case work with stale edits refused,
//! referrals with consent and exactly one winner among concurrent decisions, retention, key
//! rotation, the counts that leave the case module, and a canary search of the database files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use lmip_domain::cases::{Status, TextProblem};
use lmip_services::ServiceError;
use lmip_services::cases::{
    self, CaseError, Complaint, Decision, Filer, ReferralRequest, StatusChange,
};
use lmip_services::vault::Keyring;
use lmip_storage::testing::test_databases;
use lmip_storage::{CaseFilter, Db, NewOrganisation};

fn err<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> CaseError {
    match r {
        Err(ServiceError::Case(e)) => e,
        other => panic!("expected a case error, got {other:?}"),
    }
}

/// Personal data a canary search must never find in clear.
const CANARY_NAME: &str = "Canaryname Zqxjv";
const CANARY_PHONE: &str = "+66 81 777 4242";
const CANARY_WORDS: &str = "canarywords: the boss kept my passport in the red safe";

fn complaint() -> Complaint {
    Complaint {
        name: CANARY_NAME.into(),
        channel: "phone".into(),
        number: CANARY_PHONE.into(),
        best_time: "evenings".into(),
        safe_to_call: "no".into(),
        respondent_name: "Golden Harvest Recruitment Co., Ltd.".into(),
        respondent_kind: "agency".into(),
        origin: "KH".into(),
        destination: "TH".into(),
        categories: vec!["retained_documents".into(), "withheld_wages".into()],
        occurred_on: "2026-10".into(),
        money_lost: "12,000".into(),
        money_currency: "THB".into(),
        narrative: CANARY_WORDS.into(),
        consent_store: true,
        consent_contact: true,
        consent_share: vec!["union".into()],
        language: "km".into(),
        ..Complaint::default()
    }
}

struct World {
    /// Caseworker and supervisor at the operator (where public complaints arrive).
    worker: String,
    supervisor: String,
    /// A caseworker at a Thai union and at a Cambodian ministry.
    union_worker: String,
    ministry_worker: String,
}

async fn org(db: &Db, slug: &str, kind: &str, country: &str) {
    let mut tx = db.write().await.unwrap();
    tx.create_organisation(&NewOrganisation {
        slug,
        name: slug,
        kind,
        country: Some(country),
        website: None,
        source: None,
        is_sample: false,
    })
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

async fn world(db: &Db) -> World {
    org(db, "union-th", "trade_union", "TH").await;
    org(db, "mol-kh", "ministry", "KH").await;
    org(db, "shop-th", "employer", "TH").await;
    World {
        worker: common::person(db, "w@op.example", "operator", "caseworker")
            .await
            .user_id,
        supervisor: common::person(db, "s@op.example", "operator", "case_supervisor")
            .await
            .user_id,
        union_worker: common::person(db, "w@union.example", "union-th", "caseworker")
            .await
            .user_id,
        ministry_worker: common::person(db, "w@mol.example", "mol-kh", "caseworker")
            .await
            .user_id,
    }
}

async fn revision(db: &Db, org: &str, case: &str) -> i64 {
    let id = db.organisation_by_slug(org).await.unwrap().unwrap().id;
    db.case_for_org(case, &id).await.unwrap().unwrap().revision
}

#[tokio::test]
async fn filing_checks_every_field_and_answers_once_per_submission() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let _ = world(&t).await;
        let bad = |f: fn(&mut Complaint)| {
            let mut c = complaint();
            f(&mut c);
            c
        };
        let cases_expected: Vec<(Complaint, CaseError)> = vec![
            (
                bad(|c| c.consent_store = false),
                CaseError::NoConsentToStore,
            ),
            (bad(|c| c.categories.clear()), CaseError::NoCategory),
            (
                bad(|c| c.categories = vec!["bogus".into()]),
                CaseError::UnknownCategory,
            ),
            (
                bad(|c| c.narrative = "   ".into()),
                CaseError::Narrative(TextProblem::TooShort(10)),
            ),
            (
                bad(|c| c.narrative = "x".repeat(5001)),
                CaseError::Narrative(TextProblem::TooLong(5000)),
            ),
            (
                bad(|c| c.narrative = "ေက်းဇူးတင္ပါတယ္ အလုပ္ရွင္".into()),
                CaseError::Narrative(TextProblem::Zawgyi),
            ),
            (
                bad(|c| c.number = "081 777 4242".into()),
                CaseError::BadNumber,
            ),
            (bad(|c| c.number = "call me".into()), CaseError::BadNumber),
            (
                bad(|c| {
                    c.number.clear();
                }),
                CaseError::NeedContact,
            ),
            (
                bad(|c| c.consent_contact = false),
                CaseError::ContactNeedsConsent,
            ),
            (
                bad(|c| {
                    c.channel = "email".into();
                    c.email = "not an address".into();
                }),
                CaseError::BadEmail,
            ),
            (bad(|c| c.origin = "XX".into()), CaseError::BadCountry),
            (bad(|c| c.destination = "KH".into()), CaseError::SameCountry),
            (
                bad(|c| c.respondent_org = "no-such-agency".into()),
                CaseError::UnknownRespondent,
            ),
            (
                bad(|c| c.occurred_on = "2099-01".into()),
                CaseError::BadDate,
            ),
            (
                bad(|c| c.occurred_on = "last year".into()),
                CaseError::BadDate,
            ),
            (bad(|c| c.money_lost = "a lot".into()), CaseError::BadMoney),
            (
                bad(|c| c.money_currency = "XYZ".into()),
                CaseError::BadCurrency,
            ),
            (
                bad(|c| c.consent_share = vec!["police".into()]),
                CaseError::BadShare,
            ),
            (
                bad(|c| c.name = "n".repeat(201)),
                CaseError::TooLong("name"),
            ),
        ];
        for (i, (c, want)) in cases_expected.into_iter().enumerate() {
            assert_eq!(
                err(cases::file(&t, &keys, &c, Filer::Public, &format!("bad-{i}")).await),
                want,
                "{}: case {i}",
                t.label
            );
        }
        // Zawgyi text the complainant confirms is taken and flagged.
        let mut z = complaint();
        z.narrative = "ေက်းဇူးတင္ပါတယ္ အလုပ္ရွင္".into();
        z.zawgyi_confirmed = true;
        cases::file(&t, &keys, &z, Filer::Public, "zawgyi")
            .await
            .unwrap();

        let receipt = cases::file(&t, &keys, &complaint(), Filer::Public, "form-token-1")
            .await
            .unwrap();
        assert!(!receipt.replayed);
        assert_eq!(receipt.code.len(), 17, "{}", receipt.code);
        assert_eq!(receipt.pin.len(), 6);
        // A retried submission (same token) answers with the same case, code and PIN.
        let again = cases::file(&t, &keys, &complaint(), Filer::Public, "form-token-1")
            .await
            .unwrap();
        assert!(again.replayed);
        assert_eq!(
            (again.code.clone(), again.pin.clone(), again.case_id.clone()),
            (
                receipt.code.clone(),
                receipt.pin.clone(),
                receipt.case_id.clone()
            )
        );
        let inbox = cases::inbox(
            &t,
            "operator",
            &CaseFilter {
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(
            inbox.len(),
            2,
            "{}: the Zawgyi case and this one, once",
            t.label
        );
        let mine = inbox.iter().find(|c| c.id == receipt.case_id).unwrap();
        assert_eq!(mine.status, Status::Received);
        assert_eq!(mine.corridor, Some(("KH".into(), "TH".into())));
        // Filed with its audit row, which names no personal data.
        let audit = t.recent_audit(50).await.unwrap();
        let filed: Vec<_> = audit.iter().filter(|a| a.action == "case.file").collect();
        assert_eq!(filed.len(), 2);
        for a in &audit {
            assert!(
                !a.detail.contains("Canary") && !a.detail.contains("777"),
                "{}",
                a.detail
            );
        }
    }
}

#[tokio::test]
async fn concurrent_retries_make_one_case() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let _ = world(&t).await;
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let db = t.db.clone();
            let keys = keys.clone();
            tasks.push(tokio::spawn(async move {
                cases::file(&db, &keys, &complaint(), Filer::Public, "same-key")
                    .await
                    .unwrap()
            }));
        }
        let mut codes = std::collections::BTreeSet::new();
        for task in tasks {
            codes.insert(task.await.unwrap().code);
        }
        assert_eq!(codes.len(), 1, "{}: one code for every retry", t.label);
        let inbox = cases::inbox(
            &t,
            "operator",
            &CaseFilter {
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(inbox.len(), 1, "{}: never a duplicate", t.label);
    }
}

#[tokio::test]
async fn the_complainant_sees_status_and_shared_messages_only() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let r = cases::file(&t, &keys, &complaint(), Filer::Public, "k")
            .await
            .unwrap();
        // Typed with look-alikes, lower case and spaces.
        let typed = r
            .code
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        let view = cases::status_for_complainant(&t, &keys, &typed, &r.pin, "client-a")
            .await
            .unwrap();
        assert_eq!(view.status, Status::Received);
        assert!(view.messages.is_empty());
        cases::add_note(
            &t,
            &keys,
            "operator",
            &w.worker,
            &r.case_id,
            "internal: called the agency",
            false,
        )
        .await
        .unwrap();
        cases::add_note(
            &t,
            &keys,
            "operator",
            &w.worker,
            &r.case_id,
            "We have contacted the agency.",
            true,
        )
        .await
        .unwrap();
        let view = cases::status_for_complainant(&t, &keys, &r.code, &r.pin, "client-a")
            .await
            .unwrap();
        assert_eq!(view.messages.len(), 1);
        assert_eq!(view.messages[0].1, "We have contacted the agency.");
        // Wrong PIN and unknown code: the same answer.
        let wrong_pin =
            err(cases::status_for_complainant(&t, &keys, &r.code, "000000", "client-b").await);
        let other = lmip_domain::cases::format_tracking_code([9; 9]);
        let wrong_code =
            err(cases::status_for_complainant(&t, &keys, &other, &r.pin, "client-b").await);
        assert_eq!(wrong_pin, CaseError::NotFound);
        assert_eq!(wrong_code, CaseError::NotFound);
        // A typo is told as such (the check character), without a lookup.
        let mut typo: Vec<char> = r.code.chars().collect();
        typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        assert!(matches!(
            err(cases::status_for_complainant(&t, &keys, &typo, &r.pin, "client-c").await),
            CaseError::BadCode(_)
        ));
        // Five failures from one client, then even the right code and PIN wait.
        for _ in 0..3 {
            let _ = cases::status_for_complainant(&t, &keys, &other, "111111", "client-b").await;
        }
        assert_eq!(
            err(cases::status_for_complainant(&t, &keys, &r.code, &r.pin, "client-b").await),
            CaseError::TooManyAttempts,
            "{}",
            t.label
        );
        // Another client is not held back by it.
        cases::status_for_complainant(&t, &keys, &r.code, &r.pin, "client-d")
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn case_work_refuses_stale_edits_and_impossible_moves() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let r = cases::file(&t, &keys, &complaint(), Filer::Public, "k")
            .await
            .unwrap();
        let rev = revision(&t, "operator", &r.case_id).await;
        cases::triage(
            &t,
            "operator",
            &w.worker,
            &r.case_id,
            rev,
            &["retained_documents".into()],
            "high",
            &w.worker,
        )
        .await
        .unwrap();
        // A second form opened at the old revision is refused, not applied over the first.
        assert_eq!(
            err(cases::triage(
                &t,
                "operator",
                &w.supervisor,
                &r.case_id,
                rev,
                &["other".into()],
                "normal",
                ""
            )
            .await),
            CaseError::Stale
        );
        assert_eq!(
            err(cases::triage(
                &t,
                "operator",
                &w.worker,
                &r.case_id,
                rev + 2,
                &["other".into()],
                "normal",
                &w.union_worker
            )
            .await),
            CaseError::NotCaseStaff,
            "someone from another organisation cannot be assigned"
        );
        let view = cases::open_case(&t, &keys, "operator", &w.worker, &r.case_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(view.summary.status, Status::Triaged);
        assert_eq!(view.name.as_deref(), Some(CANARY_NAME));
        assert_eq!(view.contact.as_ref().unwrap().number, "+66817774242");
        assert_eq!(view.narrative.as_deref(), Some(CANARY_WORDS));
        assert_eq!(view.row.assigned_user.as_deref(), Some(w.worker.as_str()));
        // Every read of personal data is audited.
        let reads = t
            .recent_audit(100)
            .await
            .unwrap()
            .into_iter()
            .filter(|a| a.action == "case.read")
            .count();
        assert_eq!(reads, 1);
        let rev = view.row.revision;
        let resolve = StatusChange {
            status: "resolved".into(),
            ..Default::default()
        };
        assert_eq!(
            err(cases::set_status(&t, "operator", &w.worker, &r.case_id, rev, &resolve).await),
            CaseError::NeedOutcome
        );
        let back = StatusChange {
            status: "received".into(),
            ..Default::default()
        };
        assert_eq!(
            err(cases::set_status(&t, "operator", &w.worker, &r.case_id, rev, &back).await),
            CaseError::BadTransition
        );
        let resolve = StatusChange {
            status: "resolved".into(),
            outcome: "upheld".into(),
            recovered: "9,000".into(),
            currency: "THB".into(),
        };
        cases::set_status(&t, "operator", &w.worker, &r.case_id, rev, &resolve)
            .await
            .unwrap();
        assert_eq!(
            err(cases::set_status(&t, "operator", &w.worker, &r.case_id, rev, &resolve).await),
            CaseError::Stale
        );
        // Another organisation does not see the case at all.
        assert!(
            cases::open_case(&t, &keys, "union-th", &w.union_worker, &r.case_id)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            cases::add_note(
                &t,
                &keys,
                "union-th",
                &w.union_worker,
                &r.case_id,
                "x",
                false
            )
            .await
            .is_err()
        );
        let events = t.case_events(&r.case_id).await.unwrap();
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["filed", "triage", "status", "status"]);
    }
}

#[tokio::test]
async fn referrals_follow_consent_and_one_decision_wins() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let r = cases::file(&t, &keys, &complaint(), Filer::Public, "k")
            .await
            .unwrap();
        let ask = |to: &str, fields: &[&str], reason: &str| ReferralRequest {
            to: to.into(),
            fields: fields.iter().map(|f| f.to_string()).collect(),
            override_reason: reason.into(),
        };
        // The complainant agreed to share with unions, not with government.
        assert_eq!(
            err(cases::refer(
                &t,
                &keys,
                "operator",
                &w.worker,
                &r.case_id,
                &ask("mol-kh", &["narrative"], ""),
                false
            )
            .await),
            CaseError::NoConsentToShare
        );
        assert_eq!(
            err(cases::refer(
                &t,
                &keys,
                "operator",
                &w.supervisor,
                &r.case_id,
                &ask("mol-kh", &["narrative"], "short"),
                true
            )
            .await),
            CaseError::OverrideRefused,
            "an override needs a real reason"
        );
        assert_eq!(
            err(cases::refer(
                &t,
                &keys,
                "operator",
                &w.worker,
                &r.case_id,
                &ask("shop-th", &[], ""),
                false
            )
            .await),
            CaseError::CannotReceive,
            "an organisation without caseworkers cannot receive"
        );
        assert_eq!(
            err(cases::refer(
                &t,
                &keys,
                "operator",
                &w.worker,
                &r.case_id,
                &ask("operator", &[], ""),
                false
            )
            .await),
            CaseError::SelfReferral,
            "nor to the organisation itself"
        );
        let override_id = cases::refer(
            &t,
            &keys,
            "operator",
            &w.supervisor,
            &r.case_id,
            &ask(
                "mol-kh",
                &[],
                "Complainant in danger; ministry must act now",
            ),
            true,
        )
        .await
        .unwrap();
        let audit = t.recent_audit(100).await.unwrap();
        assert!(audit.iter().any(|a| a.action == "case.refer_override"));
        assert!(
            audit.iter().all(|a| !a.detail.contains("danger")),
            "the reason stays sealed"
        );
        // Consented: union, with the narrative but not the name.
        let id = cases::refer(
            &t,
            &keys,
            "operator",
            &w.worker,
            &r.case_id,
            &ask("union-th", &["narrative", "contact"], ""),
            false,
        )
        .await
        .unwrap();
        // Not yet accepted: the union does not see the case.
        assert!(
            cases::open_case(&t, &keys, "union-th", &w.union_worker, &r.case_id)
                .await
                .unwrap()
                .is_none()
        );
        // The referrer cannot accept its own referral.
        assert!(
            cases::decide(
                &t,
                "operator",
                &w.worker,
                &id,
                Decision::Accept,
                "requested"
            )
            .await
            .is_err()
        );
        // Concurrent accept, decline and revoke: exactly one wins.
        let mut tasks = Vec::new();
        for (org, user, d) in [
            ("union-th", w.union_worker.clone(), Decision::Accept),
            ("union-th", w.union_worker.clone(), Decision::Decline),
            ("operator", w.worker.clone(), Decision::Revoke),
            ("union-th", w.union_worker.clone(), Decision::Accept),
        ] {
            let db = t.db.clone();
            let id = id.clone();
            tasks.push(tokio::spawn(async move {
                cases::decide(&db, org, &user, &id, d, "requested")
                    .await
                    .map(|_| d)
            }));
        }
        let mut winners = Vec::new();
        for task in tasks {
            match task.await.unwrap() {
                Ok(d) => winners.push(d),
                Err(e) => assert_eq!(err::<()>(Err(e)), CaseError::AlreadyDecided),
            }
        }
        assert_eq!(winners.len(), 1, "{}: {winners:?}", t.label);
        let state = t
            .case_referrals(&r.case_id)
            .await
            .unwrap()
            .into_iter()
            .find(|x| x.id == id)
            .unwrap()
            .state;
        let union_sees = cases::open_case(&t, &keys, "union-th", &w.union_worker, &r.case_id)
            .await
            .unwrap();
        if winners[0] == Decision::Accept {
            assert_eq!(state, "accepted");
            let v = union_sees.expect("accepted: the union works the case");
            assert_eq!(v.name, None, "the name was not shared");
            assert_eq!(v.narrative.as_deref(), Some(CANARY_WORDS));
            assert!(v.contact.is_some());
            assert!(
                v.referrals
                    .iter()
                    .all(|x| x.to_org == v.referrals[0].to_org),
                "only its own referral"
            );
            // The union adds an internal note the operator does not see.
            cases::add_note(
                &t,
                &keys,
                "union-th",
                &w.union_worker,
                &r.case_id,
                "union internal",
                false,
            )
            .await
            .unwrap();
            let op = cases::open_case(&t, &keys, "operator", &w.worker, &r.case_id)
                .await
                .unwrap()
                .unwrap();
            assert!(op.notes.iter().all(|n| n.body != "union internal"));
            assert_eq!(op.summary.status, Status::Referred);
            // Revoking ends the union's access at once.
            cases::decide(&t, "operator", &w.worker, &id, Decision::Revoke, "accepted")
                .await
                .unwrap();
            assert!(
                cases::open_case(&t, &keys, "union-th", &w.union_worker, &r.case_id)
                    .await
                    .unwrap()
                    .is_none()
            );
        } else {
            assert!(union_sees.is_none(), "{state}: no access");
        }
        // The override referral is still waiting for the ministry.
        let waiting = cases::waiting_referrals(&t, "mol-kh").await.unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].id, override_id);
        let _ = w.ministry_worker;
    }
}

#[tokio::test]
async fn duplicates_are_suggested_without_personal_data() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let a = cases::file(&t, &keys, &complaint(), Filer::Public, "a")
            .await
            .unwrap();
        let mut other = complaint();
        // The same agency written differently.
        other.respondent_name = "GOLDEN HARVEST RECRUITMENT".into();
        other.name = "Someone Else".into();
        let b = cases::file(&t, &keys, &other, Filer::Public, "b")
            .await
            .unwrap();
        let mut elsewhere = complaint();
        elsewhere.respondent_name = "Another Agency".into();
        cases::file(&t, &keys, &elsewhere, Filer::Public, "c")
            .await
            .unwrap();
        let v = cases::open_case(&t, &keys, "operator", &w.worker, &a.case_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(v.similar.len(), 1, "{}", t.label);
        assert_eq!(v.similar[0].0, b.case_id);
    }
}

#[tokio::test]
async fn on_behalf_filing_is_recorded_and_lands_in_the_filers_inbox() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let mut c = complaint();
        c.anonymous = true;
        let r = cases::file(
            &t,
            &keys,
            &c,
            Filer::OnBehalf(&w.union_worker, "union-th"),
            "u",
        )
        .await
        .unwrap();
        let v = cases::open_case(&t, &keys, "union-th", &w.union_worker, &r.case_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            v.row.filed_by_user.as_deref(),
            Some(w.union_worker.as_str())
        );
        assert_eq!(v.name, None, "anonymous: no name kept");
        assert_eq!(v.row.anonymous, 1);
        assert!(
            cases::open_case(&t, &keys, "operator", &w.worker, &r.case_id)
                .await
                .unwrap()
                .is_none()
        );
    }
}

#[tokio::test]
async fn retention_erases_personal_data_and_keeps_the_counts() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let mut ids = Vec::new();
        for i in 0..6 {
            let r = cases::file(&t, &keys, &complaint(), Filer::Public, &format!("k{i}"))
                .await
                .unwrap();
            let rev = revision(&t, "operator", &r.case_id).await;
            cases::add_note(
                &t,
                &keys,
                "operator",
                &w.worker,
                &r.case_id,
                "We called you.",
                true,
            )
            .await
            .unwrap();
            let close = StatusChange {
                status: "resolved".into(),
                outcome: "upheld".into(),
                recovered: "100".into(),
                currency: "USD".into(),
            };
            cases::set_status(&t, "operator", &w.worker, &r.case_id, rev, &close)
                .await
                .unwrap();
            ids.push(r);
        }
        // Kept while within the retention period.
        let report = cases::purge(&t, 365, "cli:test").await.unwrap();
        assert_eq!(report.anonymised, 0);
        // A retention of zero days anonymises every closed case.
        let report = cases::purge(&t, 0, "cli:test").await.unwrap();
        assert_eq!(report.anonymised, 6, "{}", t.label);
        let op = t
            .organisation_by_slug("operator")
            .await
            .unwrap()
            .unwrap()
            .id;
        let row = t.case_for_org(&ids[0].case_id, &op).await.unwrap().unwrap();
        assert!(row.name_enc.is_none() && row.contact_enc.is_none() && row.narrative_enc.is_none());
        assert!(row.anonymised_at.is_some());
        assert!(
            t.case_notes(&ids[0].case_id, false)
                .await
                .unwrap()
                .iter()
                .all(|n| n.body_enc.is_none())
        );
        // The complainant's code no longer opens anything.
        assert_eq!(
            err(cases::status_for_complainant(&t, &keys, &ids[0].code, &ids[0].pin, "c").await),
            CaseError::NotFound
        );
        // The counts stay: six upheld complaints in two statistics categories.
        let counts = cases::monthly_counts(&t).await.unwrap();
        let cells: Vec<_> = counts.iter().filter(|c| c.origin == "KH").collect();
        assert_eq!(cells.len(), 2);
        assert!(
            cells
                .iter()
                .all(|c| c.count == Some(6) && c.outcome == "upheld")
        );
    }
}

#[tokio::test]
async fn small_counts_are_suppressed() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let _ = world(&t).await;
        for i in 0..4 {
            cases::file(&t, &keys, &complaint(), Filer::Public, &format!("k{i}"))
                .await
                .unwrap();
        }
        let counts = cases::monthly_counts(&t).await.unwrap();
        assert!(!counts.is_empty());
        assert!(
            counts.iter().all(|c| c.count.is_none()),
            "four is below five"
        );
        cases::file(&t, &keys, &complaint(), Filer::Public, "k5")
            .await
            .unwrap();
        let counts = cases::monthly_counts(&t).await.unwrap();
        assert!(counts.iter().all(|c| c.count == Some(5)));
    }
}

#[tokio::test]
async fn key_rotation_reseals_everything_and_the_old_key_is_useless() {
    for t in test_databases().await {
        let old = Keyring::generate();
        let w = world(&t).await;
        cases::check_keys(&t, &old).await.unwrap();
        let r = cases::file(&t, &old, &complaint(), Filer::Public, "k")
            .await
            .unwrap();
        cases::add_note(
            &t,
            &old,
            "operator",
            &w.worker,
            &r.case_id,
            "note text",
            true,
        )
        .await
        .unwrap();
        let mut second = complaint();
        second.respondent_name = "golden harvest recruitment".into();
        let r2 = cases::file(&t, &old, &second, Filer::Public, "k2")
            .await
            .unwrap();
        // A wrong key file is refused at start.
        assert!(cases::check_keys(&t, &Keyring::generate()).await.is_err());
        let both = old.with_new_key();
        let mut seen = 0;
        let report = cases::rotate(&t, &both, "cli:test", |n| seen = n)
            .await
            .unwrap();
        // Two cases × (respondent, name, contact, narrative), one note, two receipts, the key check.
        assert_eq!(report.resealed, 12, "{}", t.label);
        assert_eq!(seen, 12);
        assert_eq!(report.rehashed, 2);
        let new_only = both.only_current();
        cases::check_keys(&t, &new_only).await.unwrap();
        assert!(
            cases::check_keys(&t, &old).await.is_err(),
            "the old key opens nothing any more"
        );
        let v = cases::open_case(&t, &new_only, "operator", &w.worker, &r.case_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(v.name.as_deref(), Some(CANARY_NAME));
        assert_eq!(
            v.similar.len(),
            1,
            "keyed hashes were recomputed under the new key"
        );
        assert_eq!(v.similar[0].0, r2.case_id);
        let view = cases::status_for_complainant(&t, &new_only, &r.code, &r.pin, "c")
            .await
            .unwrap();
        assert_eq!(view.messages[0].1, "note text");
        // Running it again reseals nothing.
        let again = cases::rotate(&t, &new_only, "cli:test", |_| {})
            .await
            .unwrap();
        assert_eq!(again.resealed, 0);
    }
}

/// The seeded-canary test: after filing, working, referring and a backup, no file of the SQLite
/// database (main file, WAL, shared memory, backup) holds a canary in clear.
#[tokio::test]
async fn no_canary_in_the_database_files() {
    let (url, dir) = lmip_storage::testing::sqlite_url();
    let db = Db::open(&url, &lmip_storage::ConnectOptions::default())
        .await
        .unwrap();
    let keys = Keyring::generate();
    let w = world(&db).await;
    let r = cases::file(&db, &keys, &complaint(), Filer::Public, "k")
        .await
        .unwrap();
    cases::add_note(
        &db,
        &keys,
        "operator",
        &w.worker,
        &r.case_id,
        "canarynote: she is hiding at the temple",
        false,
    )
    .await
    .unwrap();
    cases::refer(
        &db,
        &keys,
        "operator",
        &w.supervisor,
        &r.case_id,
        &ReferralRequest {
            to: "mol-kh".into(),
            fields: vec!["narrative".into()],
            override_reason: "canaryreason: urgent danger to her".into(),
        },
        true,
    )
    .await
    .unwrap();
    cases::open_case(&db, &keys, "operator", &w.worker, &r.case_id)
        .await
        .unwrap();
    let backup = dir.path().join("backup.db");
    db.backup_to(&backup).await.unwrap();
    let canaries = [
        "Canaryname",
        "+66817774242",
        "817774242",
        "canarywords",
        "red safe",
        "canarynote",
        "canaryreason",
        "Golden Harvest",
        &r.code,
        &r.code.replace('-', ""),
    ];
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        files += 1;
        for c in &canaries {
            assert!(
                !bytes.windows(c.len()).any(|w| w == c.as_bytes()),
                "{c} found in clear in {}",
                path.display()
            );
        }
    }
    assert!(
        files >= 3,
        "the database, its WAL and the backup were searched"
    );
}

#[tokio::test]
async fn closed_months_flow_into_the_complaints_statistics_suppressed() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let _ = world(&t).await;
        for i in 0..6 {
            cases::file(&t, &keys, &complaint(), Filer::Public, &format!("kh{i}"))
                .await
                .unwrap();
        }
        let mut mm = complaint();
        mm.origin = "MM".into();
        for i in 0..2 {
            cases::file(&t, &keys, &mm, Filer::Public, &format!("mm{i}"))
                .await
                .unwrap();
        }
        // This month is still open: nothing to publish yet.
        let none = cases::publish_statistics(&t, "cli:test").await.unwrap();
        assert_eq!((none.release, none.cells), (None, 0));
        sqlx::query("UPDATE case_file SET filed_at = '2026-10-15T08:00:00.000000Z'")
            .execute(t.pool())
            .await
            .unwrap();
        let p = cases::publish_statistics(&t, "cli:test").await.unwrap();
        assert_eq!(p.release, Some(1), "{}", t.label);
        assert_eq!(p.through, "2026-10");
        // KH→TH: {wages, documents, all} × {agency, all} × {open, all}, six each; MM→TH's
        // twelve cells hold two each.
        assert_eq!((p.cells, p.suppressed), (12, 12));
        let series = t.series("COMPLAINTS").await.unwrap();
        let ids: Vec<i64> = series.iter().map(|(id, _)| *id).collect();
        let rows = t.observations(&ids, None, None, None).await.unwrap();
        let key_of = |id: i64| series.iter().find(|(i, _)| *i == id).unwrap().1.clone();
        let got: std::collections::BTreeMap<String, (String, Option<f64>)> = rows
            .into_iter()
            .map(|o| (key_of(o.0), (o.1, o.2)))
            .collect();
        assert_eq!(got.len(), 12);
        for key in [
            "M.KH.TH.WAGES.AGENCY.OPEN",
            "M.KH.TH.DOCUMENTS._T._T",
            "M.KH.TH._T._T._T",
        ] {
            assert_eq!(got[key], ("2026-10".to_string(), Some(6.0)), "{key}");
        }
        assert!(
            got.keys().all(|k| k.starts_with("M.KH.TH.")),
            "no MM cell below 5"
        );
        // The same counts again: no new release.
        assert_eq!(
            cases::publish_statistics(&t, "cli:test")
                .await
                .unwrap()
                .release,
            None
        );
    }
}

#[tokio::test]
async fn a_submission_retried_after_its_receipt_was_forgotten_is_not_filed_twice() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let _ = world(&t).await;
        cases::file(&t, &keys, &complaint(), Filer::Public, "old-form")
            .await
            .unwrap();
        sqlx::query("UPDATE case_intake SET created_at = '2026-01-01T00:00:00.000000Z'")
            .execute(t.pool())
            .await
            .unwrap();
        let report = cases::purge(&t, 730, "cli:test").await.unwrap();
        assert_eq!(report.receipts, 1, "{}", t.label);
        assert_eq!(
            err(cases::file(&t, &keys, &complaint(), Filer::Public, "old-form").await),
            CaseError::AlreadyFiled
        );
        let inbox = cases::inbox(&t, "operator", &CaseFilter::default())
            .await
            .unwrap();
        assert_eq!(inbox.len(), 1, "still one case");
    }
}

#[tokio::test]
async fn cases_are_found_by_the_complainants_number_through_its_keyed_hash() {
    for t in test_databases().await {
        let keys = Keyring::generate();
        let w = world(&t).await;
        let r = cases::file(&t, &keys, &complaint(), Filer::Public, "a")
            .await
            .unwrap();
        let mut other = complaint();
        other.number = "+66 81 000 0000".into();
        cases::file(&t, &keys, &other, Filer::Public, "b")
            .await
            .unwrap();
        // Written another way, the same number finds the case.
        let found = cases::find_by_contact(&t, &keys, "operator", &w.worker, "0066 (0)81-777-4242")
            .await
            .unwrap();
        assert_eq!(found.len(), 1, "{}", t.label);
        assert_eq!(found[0].id, r.case_id);
        // Another organisation finds nothing it may not see.
        let none = cases::find_by_contact(&t, &keys, "union-th", &w.union_worker, CANARY_PHONE)
            .await
            .unwrap();
        assert!(none.is_empty());
        assert_eq!(
            err(cases::find_by_contact(&t, &keys, "operator", &w.worker, "not a number").await),
            CaseError::BadNumber
        );
        let audit = t.recent_audit(50).await.unwrap();
        let searches: Vec<_> = audit
            .iter()
            .filter(|a| a.action == "case.search_contact")
            .collect();
        assert_eq!(searches.len(), 2);
        assert!(
            searches.iter().all(|a| !a.detail.contains("777")),
            "the number is not logged"
        );
    }
}
