//! The one authorization policy: who may do what, as a table.
//!
//! Every route names an [`Action`] and a [`Target`]; [`can`] decides from the actor's memberships
//! (organisation, role) and the target's [`Relation`] to the actor, using [`RULES`] and nothing
//! else. Lists take their filter from the same table ([`organisations_for`]). Deny by default: an
//! action with no rule is allowed to nobody.
//!
//! A rule for a role covers a relation *through that role*: "admin, same organisation" means the
//! actor is an admin **of the target's organisation**, not an admin somewhere and an editor there.

use crate::people::{OPERATOR_SLUG, Role};

/// Something a request does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read a public page, asset, health or metrics endpoint.
    ReadPublic,
    /// Send a form that exists before sign-in (sign in, choose a password from a link, ask for a
    /// reset link).
    SubmitPublicForm,
    /// Open the back office.
    UseBackOffice,
    /// End one's own session.
    EndOwnSession,
    /// See and end one's own sessions everywhere.
    ManageOwnSessions,
    /// Change one's own account: confirm the password, second factor.
    ManageOwnAccount,
    /// Read the whole audit log (it covers every organisation).
    ReadAuditLog,
    /// List organisations and create new ones.
    ManageOrganisations,
    /// See an organisation's members, invite people, grant and withdraw roles, set its rules.
    ManageMembers,
    /// Create and revoke an organisation's API tokens.
    ManageApiTokens,
    /// Call the machine API with a token.
    UseApi,
    /// See an organisation's statistics submissions and their validation reports.
    ReadSubmissions,
    /// Upload statistics for an organisation.
    SubmitStatistics,
    /// Publish or reject an organisation's statistics submissions.
    DecideSubmissions,
    /// See an organisation's licence-list imports and send a new list.
    ImportLicences,
    /// Apply or discard an organisation's licence-list imports.
    DecideLicences,
    /// Enter programmes and job orders for an organisation.
    PublishOpportunities,
    /// Verify or reject an organisation's programmes and job orders.
    VerifyOpportunities,
    /// Keep the rules offers are checked against (fee caps, who pays, minimum wages).
    EditCorridorRules,
    /// Define code-of-conduct frameworks.
    DefineConductFrameworks,
    /// Record code-of-conduct assessments as an organisation.
    RecordAssessments,
    /// Give workers proof-of-use codes for reviews, as an organisation.
    IssueReviewCodes,
    /// Publish or reject workers' reviews.
    ModerateReviews,
    /// Answer reviews of one's own agency in public.
    AnswerReviews,
    /// Keep an organisation's entry in the public directory.
    EditDirectory,
    /// Write an organisation's content (texts, translations, details) and ask for review.
    EditContent,
    /// Publish, send back or archive an organisation's content, and record that it was checked.
    PublishContent,
    /// Work an organisation's complaint cases: its inbox, the cases it holds or accepted by
    /// referral, triage, status, notes, referrals, filing on a worker's behalf.
    WorkCases,
    /// See an organisation's case backlog by age and status.
    SuperviseCases,
    /// Refer a case without the consent it needs, giving a reason (audited).
    OverrideConsent,
}

impl Action {
    /// Every action, for exhaustive tests.
    pub const ALL: [Action; 30] = [
        Action::ReadPublic,
        Action::SubmitPublicForm,
        Action::UseBackOffice,
        Action::EndOwnSession,
        Action::ManageOwnSessions,
        Action::ManageOwnAccount,
        Action::ReadAuditLog,
        Action::ManageOrganisations,
        Action::ManageMembers,
        Action::ManageApiTokens,
        Action::UseApi,
        Action::ReadSubmissions,
        Action::SubmitStatistics,
        Action::DecideSubmissions,
        Action::ImportLicences,
        Action::DecideLicences,
        Action::PublishOpportunities,
        Action::VerifyOpportunities,
        Action::EditCorridorRules,
        Action::DefineConductFrameworks,
        Action::RecordAssessments,
        Action::IssueReviewCodes,
        Action::ModerateReviews,
        Action::AnswerReviews,
        Action::EditDirectory,
        Action::EditContent,
        Action::PublishContent,
        Action::WorkCases,
        Action::SuperviseCases,
        Action::OverrideConsent,
    ];
}

/// How the resource relates to the actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// No particular resource, or one that belongs to nobody.
    None,
    /// The actor's own (their session, their account).
    Own,
    /// Belongs to one of the actor's organisations.
    SameOrganisation,
    /// Belongs to another organisation.
    OtherOrganisation,
    /// Another organisation's, referred to one of the actor's organisations.
    ReferredTo,
}

impl Relation {
    /// Every relation, for exhaustive tests.
    pub const ALL: [Relation; 5] = [
        Relation::None,
        Relation::Own,
        Relation::SameOrganisation,
        Relation::OtherOrganisation,
        Relation::ReferredTo,
    ];
}

/// Who a rule admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Everybody, signed in or not.
    Anyone,
    /// Any signed-in user.
    SignedIn,
    /// Signed-in users holding this role in some organisation.
    Role(Role),
    /// Signed-in users holding this role in the organisation that runs the instance.
    OperatorRole(Role),
}

/// Which relations a rule covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Any relation.
    Any,
    /// Only these.
    Only(&'static [Relation]),
}

/// One line of the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The action.
    pub action: Action,
    /// Who may.
    pub who: Who,
    /// On what.
    pub scope: Scope,
}

const SAME_ORG: Scope = Scope::Only(&[Relation::SameOrganisation]);
const OWN: Scope = Scope::Only(&[Relation::Own]);

const fn rule(action: Action, who: Who, scope: Scope) -> Rule {
    Rule { action, who, scope }
}

/// The policy. Reading this table tells a reviewer everything anyone may do.
pub const RULES: &[Rule] = &[
    rule(Action::ReadPublic, Who::Anyone, Scope::Any),
    rule(Action::SubmitPublicForm, Who::Anyone, Scope::Any),
    rule(Action::UseBackOffice, Who::SignedIn, Scope::Any),
    rule(Action::EndOwnSession, Who::SignedIn, OWN),
    rule(Action::ManageOwnSessions, Who::SignedIn, OWN),
    rule(Action::ManageOwnAccount, Who::SignedIn, OWN),
    rule(
        Action::ReadAuditLog,
        Who::OperatorRole(Role::Admin),
        Scope::Any,
    ),
    rule(
        Action::ManageOrganisations,
        Who::OperatorRole(Role::Admin),
        Scope::Any,
    ),
    rule(Action::ManageMembers, Who::Role(Role::Admin), SAME_ORG),
    rule(
        Action::ManageMembers,
        Who::OperatorRole(Role::Admin),
        Scope::Any,
    ),
    rule(Action::ManageApiTokens, Who::Role(Role::Admin), SAME_ORG),
    rule(
        Action::ManageApiTokens,
        Who::OperatorRole(Role::Admin),
        Scope::Any,
    ),
    rule(Action::UseApi, Who::SignedIn, Scope::Any),
    // Statistics: a focal point submits for their own organisation; approvers decide for theirs,
    // and the operator's approvers for everyone (a regional body publishing its members' data).
    rule(
        Action::ReadSubmissions,
        Who::Role(Role::StatsFocalPoint),
        SAME_ORG,
    ),
    rule(
        Action::ReadSubmissions,
        Who::Role(Role::StatsApprover),
        SAME_ORG,
    ),
    rule(
        Action::ReadSubmissions,
        Who::OperatorRole(Role::StatsApprover),
        Scope::Any,
    ),
    rule(
        Action::SubmitStatistics,
        Who::Role(Role::StatsFocalPoint),
        SAME_ORG,
    ),
    rule(
        Action::DecideSubmissions,
        Who::Role(Role::StatsApprover),
        SAME_ORG,
    ),
    rule(
        Action::DecideSubmissions,
        Who::OperatorRole(Role::StatsApprover),
        Scope::Any,
    ),
    // The licence register: a licensing authority's editors send its official list, its
    // reviewers apply it; the operator's editors and reviewers do so for any authority.
    rule(Action::ImportLicences, Who::Role(Role::Editor), SAME_ORG),
    rule(Action::ImportLicences, Who::Role(Role::Reviewer), SAME_ORG),
    rule(
        Action::ImportLicences,
        Who::OperatorRole(Role::Editor),
        Scope::Any,
    ),
    rule(
        Action::ImportLicences,
        Who::OperatorRole(Role::Reviewer),
        Scope::Any,
    ),
    rule(Action::DecideLicences, Who::Role(Role::Reviewer), SAME_ORG),
    rule(
        Action::DecideLicences,
        Who::OperatorRole(Role::Reviewer),
        Scope::Any,
    ),
    // Opportunities: an organisation's editors enter its programmes and job orders, its
    // reviewers verify them (someone other than who entered it: the service checks); the
    // operator's staff do both for anyone. The rules offers are checked against are the
    // operator's editors' to keep: one set of rules per corridor, with their sources.
    rule(
        Action::PublishOpportunities,
        Who::Role(Role::Editor),
        SAME_ORG,
    ),
    rule(
        Action::PublishOpportunities,
        Who::OperatorRole(Role::Editor),
        Scope::Any,
    ),
    rule(
        Action::VerifyOpportunities,
        Who::Role(Role::Reviewer),
        SAME_ORG,
    ),
    rule(
        Action::VerifyOpportunities,
        Who::OperatorRole(Role::Reviewer),
        Scope::Any,
    ),
    rule(
        Action::EditCorridorRules,
        Who::OperatorRole(Role::Editor),
        Scope::Any,
    ),
    // The scorecard: the operator's editors define frameworks; an organisation's reviewers
    // record its assessments (the operator's for anyone); caseworkers give workers proof-of-use
    // codes, as do agencies' representatives for their own workers (the service checks "own");
    // the operator's reviewers moderate reviews; an agency's representatives answer its reviews.
    rule(
        Action::DefineConductFrameworks,
        Who::OperatorRole(Role::Editor),
        Scope::Any,
    ),
    rule(
        Action::RecordAssessments,
        Who::Role(Role::Reviewer),
        SAME_ORG,
    ),
    rule(
        Action::RecordAssessments,
        Who::OperatorRole(Role::Reviewer),
        Scope::Any,
    ),
    rule(
        Action::IssueReviewCodes,
        Who::Role(Role::Caseworker),
        SAME_ORG,
    ),
    rule(
        Action::IssueReviewCodes,
        Who::Role(Role::AgencyRep),
        SAME_ORG,
    ),
    rule(
        Action::ModerateReviews,
        Who::OperatorRole(Role::Reviewer),
        Scope::Any,
    ),
    rule(Action::AnswerReviews, Who::Role(Role::AgencyRep), SAME_ORG),
    // The directory: an organisation's administrators and editors keep its own entry; the
    // operator's editors keep everyone's (and the entries of organisations without members).
    rule(Action::EditDirectory, Who::Role(Role::Admin), SAME_ORG),
    rule(Action::EditDirectory, Who::Role(Role::Editor), SAME_ORG),
    rule(
        Action::EditDirectory,
        Who::OperatorRole(Role::Editor),
        Scope::Any,
    ),
    // Content: an owner organisation's editors write it, its reviewers publish it (someone other
    // than the last editor: the service checks); the operator's editors and reviewers do so for
    // every owner.
    rule(Action::EditContent, Who::Role(Role::Editor), SAME_ORG),
    rule(
        Action::EditContent,
        Who::OperatorRole(Role::Editor),
        Scope::Any,
    ),
    rule(Action::PublishContent, Who::Role(Role::Reviewer), SAME_ORG),
    rule(
        Action::PublishContent,
        Who::OperatorRole(Role::Reviewer),
        Scope::Any,
    ),
    // Cases: only an organisation's own caseworkers and supervisors, never the operator's for
    // everyone (a case is seen by the organisations that hold it or accepted its referral, which
    // the case service decides per case); supervisors see the backlog and may override consent.
    rule(Action::WorkCases, Who::Role(Role::Caseworker), SAME_ORG),
    rule(Action::WorkCases, Who::Role(Role::CaseSupervisor), SAME_ORG),
    rule(
        Action::SuperviseCases,
        Who::Role(Role::CaseSupervisor),
        SAME_ORG,
    ),
    rule(
        Action::OverrideConsent,
        Who::Role(Role::CaseSupervisor),
        SAME_ORG,
    ),
];

/// What a request acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    /// Nothing in particular (a public page, the back-office home).
    Nothing,
    /// Something of the actor's own (their session, their account).
    Own,
    /// Something of the organisation with this slug.
    Organisation(&'a str),
}

/// Who is asking: signed in or not, and their memberships.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actor {
    /// Whether a valid session (or API token) came with the request.
    pub signed_in: bool,
    /// (organisation slug, role) pairs.
    pub memberships: Vec<(String, Role)>,
    /// An organisation of theirs requires a second factor they have not set up: until they do,
    /// only [`BEFORE_ENROLMENT`] is open to them.
    pub enrolment_required: bool,
}

/// What someone who must set up a second factor may still do.
pub const BEFORE_ENROLMENT: &[Action] = &[
    Action::ReadPublic,
    Action::SubmitPublicForm,
    Action::EndOwnSession,
    Action::ManageOwnAccount,
];

impl Actor {
    /// Nobody signed in.
    pub fn anonymous() -> Actor {
        Actor::default()
    }

    /// Someone signed in with these memberships.
    pub fn member(memberships: &[(&str, Role)]) -> Actor {
        Actor {
            signed_in: true,
            memberships: memberships
                .iter()
                .map(|(o, r)| ((*o).to_string(), *r))
                .collect(),
            enrolment_required: false,
        }
    }

    fn holds_in(&self, org: &str, role: Role) -> bool {
        self.memberships.iter().any(|(o, r)| o == org && *r == role)
    }

    fn holds(&self, role: Role) -> bool {
        self.memberships.iter().any(|(_, r)| *r == role)
    }

    fn member_of(&self, org: &str) -> bool {
        self.memberships.iter().any(|(o, _)| o == org)
    }
}

/// How `target` relates to `actor` for a rule admitting `who`: through the rule's role when it
/// names one, through any membership otherwise.
pub fn relation(actor: &Actor, who: Who, target: Target<'_>) -> Relation {
    match target {
        Target::Nothing => Relation::None,
        Target::Own => Relation::Own,
        Target::Organisation(org) => {
            let same = match who {
                Who::Role(role) | Who::OperatorRole(role) => actor.holds_in(org, role),
                Who::Anyone | Who::SignedIn => actor.member_of(org),
            };
            if same {
                Relation::SameOrganisation
            } else {
                Relation::OtherOrganisation
            }
        }
    }
}

fn admits(actor: &Actor, who: Who) -> bool {
    match who {
        Who::Anyone => true,
        Who::SignedIn => actor.signed_in,
        Who::Role(role) => actor.signed_in && actor.holds(role),
        Who::OperatorRole(role) => actor.signed_in && actor.holds_in(OPERATOR_SLUG, role),
    }
}

fn in_scope(scope: Scope, relation: Relation) -> bool {
    match scope {
        Scope::Any => true,
        Scope::Only(relations) => relations.contains(&relation),
    }
}

/// Whether `actor` may do `action` on `target`.
pub fn can(actor: &Actor, action: Action, target: Target<'_>) -> bool {
    if actor.enrolment_required && !BEFORE_ENROLMENT.contains(&action) {
        return false;
    }
    RULES.iter().any(|r| {
        r.action == action
            && admits(actor, r.who)
            && in_scope(r.scope, relation(actor, r.who, target))
    })
}

/// Which organisations' things a list may show for `action`: the filter that lists, counts and
/// exports apply, derived from the same rules as [`can`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgFilter {
    /// Every organisation's.
    All,
    /// Only these organisations' (possibly none).
    Only(Vec<String>),
}

impl OrgFilter {
    /// Whether the filter lets this organisation's things through.
    pub fn admits(&self, org: &str) -> bool {
        match self {
            OrgFilter::All => true,
            OrgFilter::Only(orgs) => orgs.iter().any(|o| o == org),
        }
    }
}

/// The organisations whose things `actor` may act on with `action`.
pub fn organisations_for(actor: &Actor, action: Action) -> OrgFilter {
    let mut orgs: Vec<String> = Vec::new();
    if actor.enrolment_required && !BEFORE_ENROLMENT.contains(&action) {
        return OrgFilter::Only(orgs);
    }
    for r in RULES
        .iter()
        .filter(|r| r.action == action && admits(actor, r.who))
    {
        if in_scope(r.scope, Relation::OtherOrganisation) {
            return OrgFilter::All;
        }
        if in_scope(r.scope, Relation::SameOrganisation) {
            for (org, _) in &actor.memberships {
                if relation(actor, r.who, Target::Organisation(org)) == Relation::SameOrganisation
                    && !orgs.contains(org)
                {
                    orgs.push(org.clone());
                }
            }
        }
    }
    orgs.sort();
    OrgFilter::Only(orgs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_rule() {
        for a in Action::ALL {
            assert!(
                RULES.iter().any(|r| r.action == a),
                "{a:?} has no rule: nobody could do it"
            );
        }
    }

    #[test]
    fn decisions() {
        let anon = Actor::anonymous();
        let staff = Actor::member(&[("ngo", Role::Editor)]);
        let org_admin = Actor::member(&[("ngo", Role::Admin)]);
        let operator_admin = Actor::member(&[(OPERATOR_SLUG, Role::Admin)]);
        assert!(
            !can(&org_admin, Action::ReadAuditLog, Target::Nothing),
            "an organisation's admin sees only its own"
        );
        assert!(can(&operator_admin, Action::ReadAuditLog, Target::Nothing));
        assert!(can(&anon, Action::ReadPublic, Target::Nothing));
        assert!(!can(&anon, Action::UseBackOffice, Target::Nothing));
        assert!(can(&staff, Action::UseBackOffice, Target::Nothing));
        assert!(can(&staff, Action::EndOwnSession, Target::Own));
        assert!(
            !can(&staff, Action::EndOwnSession, Target::Organisation("ngo")),
            "not someone else's session"
        );
    }

    #[test]
    fn statistics_submissions() {
        let focal = Actor::member(&[("mol-kh", Role::StatsFocalPoint)]);
        let approver_here = Actor::member(&[("mol-kh", Role::StatsApprover)]);
        let regional_approver = Actor::member(&[(OPERATOR_SLUG, Role::StatsApprover)]);
        let kh = Target::Organisation("mol-kh");
        let th = Target::Organisation("mol-th");
        assert!(can(&focal, Action::SubmitStatistics, kh));
        assert!(can(&focal, Action::ReadSubmissions, kh));
        assert!(
            !can(&focal, Action::SubmitStatistics, th),
            "only for their own"
        );
        assert!(!can(&focal, Action::ReadSubmissions, th));
        assert!(!can(&focal, Action::DecideSubmissions, kh), "no approving");
        assert!(can(&approver_here, Action::DecideSubmissions, kh));
        assert!(!can(&approver_here, Action::DecideSubmissions, th));
        assert!(!can(&approver_here, Action::SubmitStatistics, kh));
        assert!(can(&regional_approver, Action::DecideSubmissions, th));
        assert!(can(&regional_approver, Action::ReadSubmissions, th));
        assert_eq!(
            organisations_for(&focal, Action::ReadSubmissions),
            OrgFilter::Only(vec!["mol-kh".into()])
        );
        assert_eq!(
            organisations_for(&regional_approver, Action::ReadSubmissions),
            OrgFilter::All
        );
        let editor = Actor::member(&[(OPERATOR_SLUG, Role::Editor)]);
        assert_eq!(
            organisations_for(&editor, Action::ReadSubmissions),
            OrgFilter::Only(vec![])
        );
    }

    #[test]
    fn a_role_counts_only_in_its_organisation() {
        let admin_here_editor_there =
            Actor::member(&[("ngo", Role::Admin), ("union", Role::Editor)]);
        assert!(can(
            &admin_here_editor_there,
            Action::ManageMembers,
            Target::Organisation("ngo")
        ));
        assert!(
            !can(
                &admin_here_editor_there,
                Action::ManageMembers,
                Target::Organisation("union")
            ),
            "an admin elsewhere is only an editor here"
        );
        let operator_admin = Actor::member(&[(OPERATOR_SLUG, Role::Admin)]);
        assert!(can(
            &operator_admin,
            Action::ManageMembers,
            Target::Organisation("union")
        ));
    }

    #[test]
    fn cases_stay_within_their_organisations() {
        let worker = Actor::member(&[("union-th", Role::Caseworker)]);
        let supervisor = Actor::member(&[("union-th", Role::CaseSupervisor)]);
        let operator_admin = Actor::member(&[(OPERATOR_SLUG, Role::Admin)]);
        let th = Target::Organisation("union-th");
        let kh = Target::Organisation("ngo-kh");
        assert!(can(&worker, Action::WorkCases, th));
        assert!(!can(&worker, Action::WorkCases, kh), "not another's inbox");
        assert!(!can(&worker, Action::SuperviseCases, th));
        assert!(!can(&worker, Action::OverrideConsent, th));
        assert!(can(&supervisor, Action::SuperviseCases, th));
        assert!(can(&supervisor, Action::OverrideConsent, th));
        assert!(!can(&supervisor, Action::OverrideConsent, kh));
        assert!(
            !can(&operator_admin, Action::WorkCases, th),
            "running the portal gives no access to complaints"
        );
        assert_eq!(
            organisations_for(&operator_admin, Action::WorkCases),
            OrgFilter::Only(vec![])
        );
    }

    #[test]
    fn a_missing_second_factor_leaves_only_setting_it_up() {
        let mut a = Actor::member(&[(OPERATOR_SLUG, Role::Admin)]);
        a.enrolment_required = true;
        assert!(can(&a, Action::ManageOwnAccount, Target::Own));
        assert!(can(&a, Action::EndOwnSession, Target::Own));
        assert!(!can(&a, Action::UseBackOffice, Target::Nothing));
        assert!(!can(&a, Action::ReadAuditLog, Target::Nothing));
    }

    #[test]
    fn list_filters_follow_the_rules() {
        let a = Actor::member(&[
            ("union", Role::Admin),
            ("ngo", Role::Admin),
            ("ministry", Role::Editor),
        ]);
        let filter = organisations_for(&a, Action::ManageMembers);
        assert_eq!(filter, OrgFilter::Only(vec!["ngo".into(), "union".into()]));
        for org in ["union", "ngo", "ministry", "elsewhere"] {
            assert_eq!(
                filter.admits(org),
                can(&a, Action::ManageMembers, Target::Organisation(org)),
                "{org}: the list and the decision agree"
            );
        }
        assert_eq!(
            organisations_for(
                &Actor::member(&[(OPERATOR_SLUG, Role::Admin)]),
                Action::ManageMembers
            ),
            OrgFilter::All
        );
        assert_eq!(
            organisations_for(&Actor::anonymous(), Action::ManageMembers),
            OrgFilter::Only(vec![])
        );
    }
}
