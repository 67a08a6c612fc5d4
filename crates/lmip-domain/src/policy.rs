//! The one authorization policy: who may do what, as a table.
//!
//! Every route names an [`Action`]; [`can`] decides from the actor's roles and the resource's
//! [`Relation`] to the actor, using [`RULES`] and nothing else. Lists, search, counts and exports
//! take their filters from the same table as features add resources. Deny by default: an action
//! with no rule is allowed to nobody.

use crate::people::Role;

/// Something a request does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read a public page, asset, health or metrics endpoint.
    ReadPublic,
    /// Send a form that exists before sign-in (sign in, choose a password from a link).
    SubmitPublicForm,
    /// Open the back office.
    UseBackOffice,
    /// End one's own session.
    EndOwnSession,
    /// See and end one's own sessions everywhere.
    ManageOwnSessions,
    /// Read the whole audit log (it covers every organisation).
    ReadAuditLog,
}

impl Action {
    /// Every action, for exhaustive tests.
    pub const ALL: [Action; 6] = [
        Action::ReadPublic,
        Action::SubmitPublicForm,
        Action::UseBackOffice,
        Action::EndOwnSession,
        Action::ManageOwnSessions,
        Action::ReadAuditLog,
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

/// The policy. Reading this table tells a reviewer everything anyone may do.
pub const RULES: &[Rule] = &[
    Rule {
        action: Action::ReadPublic,
        who: Who::Anyone,
        scope: Scope::Any,
    },
    Rule {
        action: Action::SubmitPublicForm,
        who: Who::Anyone,
        scope: Scope::Any,
    },
    Rule {
        action: Action::UseBackOffice,
        who: Who::SignedIn,
        scope: Scope::Any,
    },
    Rule {
        action: Action::EndOwnSession,
        who: Who::SignedIn,
        scope: Scope::Only(&[Relation::Own]),
    },
    Rule {
        action: Action::ManageOwnSessions,
        who: Who::SignedIn,
        scope: Scope::Only(&[Relation::Own]),
    },
    Rule {
        action: Action::ReadAuditLog,
        who: Who::OperatorRole(Role::Admin),
        scope: Scope::Any,
    },
];

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actor {
    /// Whether a valid session came with the request.
    pub signed_in: bool,
    /// The roles held, in any organisation.
    pub roles: Vec<Role>,
    /// The roles held in the operator's organisation.
    pub operator_roles: Vec<Role>,
}

impl Actor {
    /// Nobody signed in.
    pub fn anonymous() -> Actor {
        Actor::default()
    }
}

/// Whether `actor` may do `action` on a resource with `relation` to them.
pub fn can(actor: &Actor, action: Action, relation: Relation) -> bool {
    RULES.iter().any(|r| {
        r.action == action
            && match r.who {
                Who::Anyone => true,
                Who::SignedIn => actor.signed_in,
                Who::Role(role) => actor.signed_in && actor.roles.contains(&role),
                Who::OperatorRole(role) => actor.signed_in && actor.operator_roles.contains(&role),
            }
            && match r.scope {
                Scope::Any => true,
                Scope::Only(relations) => relations.contains(&relation),
            }
    })
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
        let staff = Actor {
            signed_in: true,
            roles: vec![Role::Editor],
            operator_roles: vec![],
        };
        let org_admin = Actor {
            signed_in: true,
            roles: vec![Role::Admin],
            operator_roles: vec![],
        };
        let operator_admin = Actor {
            signed_in: true,
            roles: vec![Role::Admin],
            operator_roles: vec![Role::Admin],
        };
        assert!(
            !can(&org_admin, Action::ReadAuditLog, Relation::None),
            "an organisation's admin sees only its own"
        );
        assert!(can(&operator_admin, Action::ReadAuditLog, Relation::None));
        assert!(can(&anon, Action::ReadPublic, Relation::None));
        assert!(!can(&anon, Action::UseBackOffice, Relation::None));
        assert!(can(&staff, Action::UseBackOffice, Relation::None));
        assert!(can(&staff, Action::EndOwnSession, Relation::Own));
        assert!(
            !can(&staff, Action::EndOwnSession, Relation::OtherOrganisation),
            "not someone else's session"
        );
    }
}
