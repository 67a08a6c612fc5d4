//! The messages lmip mails, in the reader's language (the language of the page that asked).

use crate::i18n::key;
use crate::state::AppState;
use lmip_domain::Locale;
use lmip_i18n::FluentArgs;
use lmip_mail::Message;
use lmip_services::members::InvitationMail;

fn text(state: &AppState, locale: Locale, key: &str, args: &FluentArgs<'_>) -> String {
    state.inner.catalog.text_with(locale, key, Some(args)).value
}

/// "Here is your link to choose a new password."
pub(crate) fn reset(state: &AppState, locale: Locale, to: &str, link: &str) -> Message {
    let mut args = FluentArgs::new();
    args.set("link", link);
    args.set("minutes", 30);
    Message {
        to: to.to_string(),
        subject: text(state, locale, key("mail-reset-subject"), &args),
        body: text(state, locale, key("mail-reset-body"), &args),
    }
}

/// An invitation, or the notice that a role was added to an existing account.
pub(crate) fn invitation(
    state: &AppState,
    locale: Locale,
    org_name: &str,
    role_name: &str,
    to: &str,
    mail: InvitationMail,
) -> Message {
    let mut args = FluentArgs::new();
    args.set("org", org_name);
    args.set("role", role_name);
    let (subject, body) = match &mail {
        InvitationMail::NewAccount { link, expires_at } => {
            args.set("link", link.as_str());
            args.set(
                "expires",
                format!("{} UTC", expires_at.get(..16).unwrap_or(expires_at)),
            );
            (key("mail-invite-subject"), key("mail-invite-body"))
        }
        InvitationMail::RoleAdded { sign_in } => {
            args.set("link", sign_in.as_str());
            (key("mail-role-added-subject"), key("mail-role-added-body"))
        }
    };
    Message {
        to: to.to_string(),
        subject: text(state, locale, subject, &args),
        body: text(state, locale, body, &args),
    }
}
