//! Opportunities, corridor rules and the offer checker on both backends: rules with their bad
//! inputs, opportunities entered, verified by someone else and leaving the public list when they
//! close, and the checker's red / amber / green findings.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::directory::Verdict;
use lmip_domain::offers::{FeeFinding, Level, WageFinding};
use lmip_search::Segmenter;
use lmip_services::ServiceError;
use lmip_services::licences::{self, AgencyNames};
use lmip_services::opportunities::{
    self, AgencyFinding, Field, JobOrderFinding, OfferError, OfferInput, OpportunityInput,
    RuleInput,
};
use lmip_storage::testing::test_databases;
use lmip_storage::{Db, OPERATOR_SLUG, OpportunityFilter};

const TODAY: &str = "2026-12-01";

fn offer_error(r: Result<impl std::fmt::Debug, ServiceError>) -> OfferError {
    match r {
        Err(ServiceError::Offer(e)) => e,
        other => panic!("expected an offer error, got {other:?}"),
    }
}

fn kh_th_rule() -> RuleInput<'static> {
    RuleInput {
        origin: "KH",
        destination: "TH",
        valid_from: "2025-01-01",
        fee_rule: "capped",
        fee_cap: "5,000",
        fee_currency: "THB",
        min_wage: "400",
        min_wage_currency: "thb",
        min_wage_period: "day",
        source: "Test rule",
        ..Default::default()
    }
}

async fn licensed_agency(db: &Db) {
    let list = "licence,agency,status,valid from,valid to,destinations\n\
                KH-77,Angkor Manpower,valid,2025-01-01,2028-01-01,TH\n\
                KH-78,Closed Recruiters,revoked,2020-01-01,2028-01-01,TH\n";
    let staged = licences::stage_list(db, "cli:test", "", "KH", "MoLVT", "l.csv", list.as_bytes())
        .await
        .unwrap();
    licences::apply(db, "cli:test", &staged.id, false, &Segmenter::new())
        .await
        .unwrap();
}

fn job<'a>(valid_to: &'a str) -> OpportunityInput<'a> {
    OpportunityInput {
        kind: "job_order",
        title: "Factory workers",
        origin: "KH",
        destination: "TH",
        employer: "Siam Parts Co.",
        occupation: "93",
        sector: "c",
        places: "40",
        wage: "12000",
        wage_currency: "THB",
        wage_period: "month",
        hours_per_week: "48",
        rest_days_per_week: "1",
        worker_fee: "0",
        licence: "KH 77",
        valid_from: "2026-11-01",
        valid_to,
        source: "Demand letter 12/2026",
        ..Default::default()
    }
}

#[tokio::test]
async fn rules_refuse_what_cannot_be_right() {
    for t in test_databases().await {
        let mut bad = kh_th_rule();
        bad.destination = "KH";
        assert_eq!(
            offer_error(opportunities::add_rule(&t, "u", &bad).await),
            OfferError::SameCountry
        );
        let mut bad = kh_th_rule();
        bad.fee_cap = "";
        assert_eq!(
            offer_error(opportunities::add_rule(&t, "u", &bad).await),
            OfferError::FeeRule
        );
        let mut bad = kh_th_rule();
        bad.min_wage_currency = "BAHT";
        assert_eq!(
            offer_error(opportunities::add_rule(&t, "u", &bad).await),
            OfferError::UnknownCurrency("BAHT".into())
        );
        let mut bad = kh_th_rule();
        bad.min_wage_period = "";
        assert_eq!(
            offer_error(opportunities::add_rule(&t, "u", &bad).await),
            OfferError::NoPayPeriod
        );
        let mut bad = kh_th_rule();
        bad.valid_to = "2024-12-31";
        assert_eq!(
            offer_error(opportunities::add_rule(&t, "u", &bad).await),
            OfferError::DatesReversed
        );
        let mut bad = kh_th_rule();
        bad.origin = "XX";
        assert_eq!(
            offer_error(opportunities::add_rule(&t, "u", &bad).await),
            OfferError::UnknownCountry(Field::Origin, "XX".into())
        );
        assert!(t.corridor_rules().await.unwrap().is_empty(), "{}", t.label);

        opportunities::add_rule(&t, "user:editor", &kh_th_rule())
            .await
            .unwrap();
        // A later rule replaces it from its first day; the earlier one still answers before.
        let mut later = kh_th_rule();
        later.valid_from = "2026-06-01";
        later.fee_rule = "employer";
        opportunities::add_rule(&t, "user:editor", &later)
            .await
            .unwrap();
        let now = t
            .corridor_rule_on("KH", "TH", TODAY)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(now.fee_rule, "employer", "{}", t.label);
        let before = t
            .corridor_rule_on("KH", "TH", "2026-01-01")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (before.fee_cap, before.min_wage),
            (Some(500_000), Some(40_000))
        );
        assert!(
            t.corridor_rule_on("KH", "TH", "2024-01-01")
                .await
                .unwrap()
                .is_none()
        );
        let audit = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("corridor_rule.add"),
                entity: None,
                before: None,
                limit: 50,
            })
            .await
            .unwrap();
        assert_eq!(audit.len(), 2, "{}", t.label);
    }
}

#[tokio::test]
async fn opportunities_are_verified_by_someone_else_and_close_by_themselves() {
    for t in test_databases().await {
        licensed_agency(&t).await;
        opportunities::add_rule(&t, "user:editor", &kh_th_rule())
            .await
            .unwrap();
        let mut bad = job("2027-01-31");
        bad.wage_period = "";
        assert_eq!(
            offer_error(
                opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &bad, false).await
            ),
            OfferError::NoPayPeriod
        );
        let mut bad = job("2027-01-31");
        bad.licence = "KH-999";
        assert_eq!(
            offer_error(
                opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &bad, false).await
            ),
            OfferError::UnknownLicence("KH-999".into())
        );
        let mut bad = job("2027-01-31");
        bad.occupation = "999";
        assert!(matches!(
            offer_error(
                opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &bad, false).await
            ),
            OfferError::UnknownOccupation(_)
        ));
        let mut bad = job("2027-01-31");
        bad.rest_days_per_week = "9";
        assert!(matches!(
            offer_error(
                opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &bad, false).await
            ),
            OfferError::BadNumber(Field::RestDays, _, 0, 7)
        ));

        let open =
            opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &job("2027-01-31"), false)
                .await
                .unwrap();
        let closed =
            opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &job("2026-11-30"), false)
                .await
                .unwrap();
        // Not public before verification.
        let public = |t: Db| async move {
            opportunities::public_opportunities(&t, OpportunityFilter::default(), TODAY)
                .await
                .unwrap()
        };
        assert!(public(t.db.clone()).await.is_empty(), "{}", t.label);
        // Who entered it cannot verify it; a decision needs what was checked.
        assert_eq!(
            offer_error(
                opportunities::decide_opportunity(
                    &t,
                    "user:a",
                    OPERATOR_SLUG,
                    &open,
                    true,
                    "ok",
                    TODAY
                )
                .await
            ),
            OfferError::OwnOpportunity
        );
        assert_eq!(
            offer_error(
                opportunities::decide_opportunity(
                    &t,
                    "user:b",
                    OPERATOR_SLUG,
                    &open,
                    true,
                    " ",
                    TODAY
                )
                .await
            ),
            OfferError::NoNote
        );
        for id in [&open, &closed] {
            opportunities::decide_opportunity(
                &t,
                "user:b",
                OPERATOR_SLUG,
                id,
                true,
                "Demand letter seen",
                TODAY,
            )
            .await
            .unwrap();
        }
        assert!(matches!(
            offer_error(
                opportunities::decide_opportunity(
                    &t,
                    "user:b",
                    OPERATOR_SLUG,
                    &open,
                    false,
                    "again",
                    TODAY
                )
                .await
            ),
            OfferError::AlreadyDecided(_)
        ));
        // The one that closed yesterday is gone by itself.
        let list = public(t.db.clone()).await;
        assert_eq!(list.len(), 1, "{}", t.label);
        let v = &list[0];
        assert_eq!(v.opportunity.id, open);
        assert_eq!(
            v.opportunity.agency_name.as_deref(),
            Some("Angkor Manpower")
        );
        assert_eq!(v.opportunity.verified_on.as_deref(), Some(TODAY));
        // 12,000 a month against 400 a day (10,400 a month): at or above, converted.
        assert_eq!(
            v.wage,
            WageFinding::AtOrAbove {
                minimum: lmip_domain::offers::Wage {
                    money: lmip_domain::offers::Money {
                        amount: 1_040_000,
                        currency: "THB".into()
                    },
                    period: lmip_domain::offers::PayPeriod::Month
                },
                converted: true
            }
        );
        assert_eq!(v.fee.level(), Level::Green);
        assert!(
            opportunities::public_opportunity(&t, &closed, TODAY)
                .await
                .unwrap()
                .is_none()
        );
        // Filters.
        let f = |origin: &str, occupation: &str| OpportunityFilter {
            origin: Some(origin.into()),
            occupation: Some(occupation.into()),
            ..Default::default()
        };
        let n = |f| {
            let t = t.db.clone();
            async move {
                opportunities::public_opportunities(&t, f, TODAY)
                    .await
                    .unwrap()
                    .len()
            }
        };
        assert_eq!(n(f("KH", "9")).await, 1);
        assert_eq!(n(f("KH", "93")).await, 1);
        assert_eq!(n(f("MM", "9")).await, 0);
        assert_eq!(n(f("KH", "7")).await, 0);
        // Each step is audited.
        for action in ["opportunity.add", "opportunity.verify"] {
            let rows = t
                .audit_page(&lmip_storage::AuditQuery {
                    action_prefix: Some(action),
                    entity: None,
                    before: None,
                    limit: 50,
                })
                .await
                .unwrap();
            assert_eq!(rows.len(), 2, "{}: {action}", t.label);
        }
    }
}

fn offer<'a>(agency: &'a str, wage: &'a str, period: &'a str, fee: &'a str) -> OfferInput<'a> {
    OfferInput {
        agency,
        origin: "KH",
        destination: "TH",
        job: "factory",
        wage,
        wage_currency: "THB",
        wage_period: period,
        fee,
        fee_currency: "",
    }
}

#[tokio::test]
async fn offers_get_red_amber_and_green_findings() {
    let seg = Segmenter::new();
    for t in test_databases().await {
        let names = AgencyNames::default();
        let check = |input: OfferInput<'static>| {
            let (t, names, seg) = (t.db.clone(), &names, &seg);
            async move { opportunities::check_offer(&t, names, seg, &input, TODAY).await }
        };
        // No rules, no register: everything amber.
        let c = check(offer("", "", "", "")).await.unwrap();
        assert_eq!(c.worst, Level::Amber);
        assert_eq!(c.agency, AgencyFinding::NotGiven);

        licensed_agency(&t).await;
        opportunities::add_rule(&t, "user:editor", &kh_th_rule())
            .await
            .unwrap();
        let id =
            opportunities::add_opportunity(&t, "user:a", OPERATOR_SLUG, &job("2027-01-31"), false)
                .await
                .unwrap();
        opportunities::decide_opportunity(&t, "user:b", OPERATOR_SLUG, &id, true, "seen", TODAY)
            .await
            .unwrap();

        // All green: licensed, known job order, wage above the minimum, fee within the cap.
        let c = check(offer("KH-77", "12,000", "month", "3000"))
            .await
            .unwrap();
        assert_eq!(c.worst, Level::Green, "{}: {c:?}", t.label);
        assert!(matches!(c.job_order, JobOrderFinding::Known(ref v) if v.len() == 1));

        // A weekly wage is compared per month: 2,000 a week is 8,666 a month, below 10,400.
        let c = check(offer("Angkor Manpower", "2000", "week", "0"))
            .await
            .unwrap();
        assert!(matches!(
            c.wage,
            Some((
                _,
                WageFinding::Below {
                    converted: true,
                    ..
                }
            ))
        ));
        assert_eq!(c.worst, Level::Red);
        // The same figure per month is also below; per day it is far above.
        let c = check(offer("KH-77", "2000", "day", "0")).await.unwrap();
        assert_eq!(c.wage.unwrap().1.level(), Level::Green);

        // A fee above the cap, and a revoked agency, are red.
        let c = check(offer("KH-77", "12000", "month", "9000"))
            .await
            .unwrap();
        assert!(matches!(c.fee, Some((_, FeeFinding::AboveCap { .. }))));
        let c = check(offer("Closed Recruiters", "12000", "month", "0"))
            .await
            .unwrap();
        match &c.agency {
            AgencyFinding::Answer(a) => assert_eq!(a.verdict, Verdict::Revoked),
            other => panic!("{other:?}"),
        }
        assert_eq!(c.job_order, JobOrderFinding::NotChecked);
        assert_eq!(c.worst, Level::Red);
        // An unknown agency is red too.
        let c = check(offer("Nobody Recruiting", "12000", "month", "0"))
            .await
            .unwrap();
        assert_eq!(c.agency.level(), Level::Red);

        // Bad inputs, each with its own error.
        let mut bad = offer("KH-77", "12000", "month", "0");
        bad.wage_currency = "BAHT";
        assert_eq!(
            offer_error(check(bad).await),
            OfferError::UnknownCurrency("BAHT".into())
        );
        assert_eq!(
            offer_error(check(offer("KH-77", "12000", "", "0")).await),
            OfferError::NoPayPeriod
        );
        assert_eq!(
            offer_error(check(offer("KH-77", "twelve", "month", "0")).await),
            OfferError::BadAmount(Field::Wage, "twelve".into())
        );
        let mut bad = offer("", "", "", "");
        bad.destination = "";
        assert_eq!(
            offer_error(check(bad).await),
            OfferError::Missing(Field::Destination)
        );
        // A verify query that is too long is refused by the register's own rule.
        let long: &'static str = Box::leak("x".repeat(5000).into_boxed_str());
        assert!(matches!(
            check(offer(long, "", "", "")).await,
            Err(ServiceError::Licence(licences::LicenceError::QueryTooLong(
                _
            )))
        ));
    }
}
