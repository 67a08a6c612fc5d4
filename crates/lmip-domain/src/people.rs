//! People and organisations: roles, organisation kinds and e-mail addresses.

use crate::DomainError;
use std::str::FromStr;

/// The slug of the organisation that runs the instance; its admins administer the whole portal.
pub const OPERATOR_SLUG: &str = "operator";

/// A role a user holds within one organisation (DESIGN.md §2, "People and access").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Manages the organisation's users and settings; operators' admins manage the whole portal.
    Admin,
    /// Writes and edits content.
    Editor,
    /// Reviews and publishes content written by others.
    Reviewer,
    /// Submits official statistics for a country.
    StatsFocalPoint,
    /// Approves statistics submissions and publishes releases.
    StatsApprover,
    /// Works complaint cases.
    Caseworker,
    /// Supervises caseworkers and the case backlog.
    CaseSupervisor,
    /// Represents a recruitment agency (answers reviews, keeps its profile).
    AgencyRep,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 8] = [
        Role::Admin,
        Role::Editor,
        Role::Reviewer,
        Role::StatsFocalPoint,
        Role::StatsApprover,
        Role::Caseworker,
        Role::CaseSupervisor,
        Role::AgencyRep,
    ];

    /// The stable name used in storage, configuration and the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Reviewer => "reviewer",
            Role::StatsFocalPoint => "stats_focal_point",
            Role::StatsApprover => "stats_approver",
            Role::Caseworker => "caseworker",
            Role::CaseSupervisor => "case_supervisor",
            Role::AgencyRep => "agency_rep",
        }
    }
}

impl FromStr for Role {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| DomainError::UnknownRole {
                given: s.chars().take(40).collect(),
                known: Role::ALL.map(Role::as_str).join(", "),
            })
    }
}

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// A labour ministry or department.
    Ministry,
    /// An overseas employment agency or administration (government).
    OverseasEmploymentAgency,
    /// An embassy, consulate or labour attaché office.
    Embassy,
    /// A national statistics office.
    StatisticsOffice,
    /// A trade union.
    TradeUnion,
    /// A non-governmental organisation.
    Ngo,
    /// A migrant worker resource centre.
    ResourceCentre,
    /// A private recruitment agency.
    RecruitmentAgency,
    /// An employer.
    Employer,
    /// A regional body such as the ASEAN Secretariat.
    RegionalBody,
    /// The organisation that runs this lmip instance.
    Operator,
    /// A telephone or messaging helpline.
    Helpline,
    /// A training centre (pre-departure, skills, language).
    TrainingCentre,
    /// A remittance provider (bank, money transfer operator).
    RemittanceProvider,
}

impl OrgKind {
    /// Every kind.
    pub const ALL: [OrgKind; 14] = [
        OrgKind::Ministry,
        OrgKind::OverseasEmploymentAgency,
        OrgKind::Embassy,
        OrgKind::StatisticsOffice,
        OrgKind::TradeUnion,
        OrgKind::Ngo,
        OrgKind::ResourceCentre,
        OrgKind::RecruitmentAgency,
        OrgKind::Employer,
        OrgKind::RegionalBody,
        OrgKind::Operator,
        OrgKind::Helpline,
        OrgKind::TrainingCentre,
        OrgKind::RemittanceProvider,
    ];

    /// The stable name used in storage and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Ministry => "ministry",
            OrgKind::OverseasEmploymentAgency => "overseas_employment_agency",
            OrgKind::Embassy => "embassy",
            OrgKind::StatisticsOffice => "statistics_office",
            OrgKind::TradeUnion => "trade_union",
            OrgKind::Ngo => "ngo",
            OrgKind::ResourceCentre => "resource_centre",
            OrgKind::RecruitmentAgency => "recruitment_agency",
            OrgKind::Employer => "employer",
            OrgKind::RegionalBody => "regional_body",
            OrgKind::Operator => "operator",
            OrgKind::Helpline => "helpline",
            OrgKind::TrainingCentre => "training_centre",
            OrgKind::RemittanceProvider => "remittance_provider",
        }
    }
}

impl FromStr for OrgKind {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| DomainError::UnknownOrgKind {
                given: s.chars().take(40).collect(),
                known: OrgKind::ALL.map(OrgKind::as_str).join(", "),
            })
    }
}

/// A syntactically plausible e-mail address, trimmed and with its domain lower-cased.
///
/// Deliberately permissive (RFC 5322 allows far more than people use, and the only real test of an
/// address is a message that arrives); it rejects what is certainly wrong.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Validates and normalises an address.
    pub fn parse(input: &str) -> Result<Email, DomainError> {
        let s = input.trim();
        let bad = || DomainError::InvalidEmail(s.chars().take(80).collect());
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad());
        }
        let (local, domain) = s.rsplit_once('@').ok_or_else(bad)?;
        if local.is_empty() || local.len() > 64 || domain.len() < 3 || !domain.contains('.') {
            return Err(bad());
        }
        if domain.starts_with(['.', '-']) || domain.ends_with(['.', '-']) || domain.contains("..") {
            return Err(bad());
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_kinds_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
        for k in OrgKind::ALL {
            assert_eq!(k.as_str().parse::<OrgKind>(), Ok(k));
        }
        let err = "superuser".parse::<Role>().unwrap_err().to_string();
        assert!(
            err.contains("unknown role 'superuser'") && err.contains("caseworker"),
            "{err}"
        );
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Ana@Example.ORG ").unwrap().as_str(),
            "Ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "ana@org",
            "a b@x.org",
            "ana@.x.org",
            "ana@x..org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}

/// Checks an organisation's short name (it appears in addresses such as
/// `/office/organisations/dol-thailand`): 2 to 40 of a-z, 0-9 and hyphens, not starting or ending
/// with a hyphen.
pub fn check_slug(slug: &str) -> Result<(), DomainError> {
    let ok = (2..=40).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err(DomainError::InvalidSlug(slug.chars().take(60).collect()))
    }
}

#[cfg(test)]
mod slug_tests {
    use super::*;

    #[test]
    fn slugs() {
        for good in ["dol-thailand", "ilo", "a1"] {
            assert!(check_slug(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "a",
            "-ab",
            "ab-",
            "DOL",
            "dol thailand",
            "ดอล",
            &"a".repeat(41),
        ] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}
