//! Outgoing mail for lmip: one-time links (password reset, invitations) and notices.
//!
//! Three transports: SMTP (with STARTTLS or TLS, from an `smtp://` / `smtps://` URL), a directory
//! that receives one `.eml` file per message (the default when no SMTP server is configured, so a
//! demo or a test instance never sends mail by accident), and memory (tests read what was sent).
//!
//! Messages are sent by a background worker from a bounded queue ([`Outbox`]): the request that
//! asks for a mail never waits for the mail server, and never answers differently because of it.
//! A message is never logged: it may hold a one-time link.
#![forbid(unsafe_code)]

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Why mail could not be set up or sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The SMTP URL or a sender address is wrong.
    #[error("mail settings: {0}")]
    Config(String),
    /// The transport refused or failed.
    #[error("sending mail failed: {0}")]
    Send(String),
    /// The queue is full or closed.
    #[error("the mail queue is full; try again in a minute")]
    QueueFull,
}

/// A plain-text message to one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The recipient's address.
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The text.
    pub body: String,
}

/// Messages a memory transport has received.
pub type Sent = Arc<Mutex<Vec<Message>>>;

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Dir(AsyncFileTransport<Tokio1Executor>),
    Memory(Sent),
}

/// Sends messages from one sender address.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    // The SMTP URL may hold a password: never print the transport.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.transport {
            Transport::Smtp(_) => "smtp",
            Transport::Dir(_) => "directory",
            Transport::Memory(_) => "memory",
        };
        f.debug_struct("Mailer")
            .field("transport", &kind)
            .field("from", &self.from.to_string())
            .finish()
    }
}

fn mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .parse()
        .map_err(|e| MailError::Config(format!("'{address}' is not a mail address: {e}")))
}

impl Mailer {
    /// Sends through the SMTP server at `url` (`smtps://user:password@host:465` or
    /// `smtp://host:587?tls=required`; see lettre's `from_url`). Call it inside the tokio runtime:
    /// the connection pool lives there.
    pub fn smtp(url: &str, from: &str) -> Result<Mailer, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            // lettre's message does not repeat the URL, which may hold a password.
            .map_err(|e| MailError::Config(format!("the SMTP URL cannot be used: {e}")))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Mailer {
            transport: Transport::Smtp(transport),
            from: mailbox(from)?,
        })
    }

    /// Writes each message as a `.eml` file into `dir` (created if missing).
    pub fn directory(dir: PathBuf, from: &str) -> Result<Mailer, MailError> {
        std::fs::create_dir_all(&dir)
            .map_err(|e| MailError::Config(format!("cannot create {}: {e}", dir.display())))?;
        Ok(Mailer {
            transport: Transport::Dir(AsyncFileTransport::<Tokio1Executor>::new(dir)),
            from: mailbox(from)?,
        })
    }

    /// Keeps messages in memory, for tests.
    pub fn memory(from: &str) -> Result<(Mailer, Sent), MailError> {
        let sent = Sent::default();
        let mailer = Mailer {
            transport: Transport::Memory(sent.clone()),
            from: mailbox(from)?,
        };
        Ok((mailer, sent))
    }

    /// Sends one message now.
    pub async fn send(&self, message: &Message) -> Result<(), MailError> {
        if let Transport::Memory(sent) = &self.transport {
            if let Ok(mut list) = sent.lock() {
                list.push(message.clone());
            }
            return Ok(());
        }
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(mailbox(&message.to)?)
            .subject(message.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|e| MailError::Send(e.to_string()))?;
        match &self.transport {
            Transport::Smtp(t) => t
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
            Transport::Dir(t) => t
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
            Transport::Memory(_) => Ok(()),
        }
    }
}

/// How many messages may wait at once. Beyond it, new messages are refused, not buffered without
/// bound: a flood of reset requests must not exhaust memory.
pub const QUEUE_CAPACITY: usize = 1_000;

/// Attempts per message before it is given up (with a logged error that names no recipient).
pub const ATTEMPTS: u32 = 4;

/// A queue of messages and the worker that sends them. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Outbox {
    queue: tokio::sync::mpsc::Sender<Message>,
}

impl Outbox {
    /// Starts the worker (on the current tokio runtime) and returns the queue.
    pub fn start(mailer: Mailer) -> Outbox {
        let (queue, mut receiver) = tokio::sync::mpsc::channel::<Message>(QUEUE_CAPACITY);
        tokio::spawn(async move {
            while let Some(message) = receiver.recv().await {
                deliver(&mailer, &message).await;
            }
        });
        Outbox { queue }
    }

    /// Queues a message; returns at once.
    pub fn queue(&self, message: Message) -> Result<(), MailError> {
        self.queue
            .try_send(message)
            .map_err(|_| MailError::QueueFull)
    }
}

async fn deliver(mailer: &Mailer, message: &Message) {
    let mut wait = Duration::from_secs(2);
    for attempt in 1..=ATTEMPTS {
        match mailer.send(message).await {
            Ok(()) => {
                metrics_sent(true);
                return;
            }
            Err(e) if attempt < ATTEMPTS => {
                tracing::warn!(error = %e, attempt, "mail not sent yet; retrying");
                tokio::time::sleep(wait).await;
                wait *= 4;
            }
            Err(e) => {
                tracing::error!(error = %e, "mail given up after {ATTEMPTS} attempts");
                metrics_sent(false);
            }
        }
    }
}

fn metrics_sent(ok: bool) {
    tracing::debug!(ok, "mail delivery finished");
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn message() -> Message {
        Message {
            to: "ana@example.org".into(),
            subject: "ลิงก์ตั้งรหัสผ่าน".into(),
            body: "Open https://lmip.example.org/account/set-password/abc\n".into(),
        }
    }

    #[tokio::test]
    async fn the_directory_transport_writes_one_file_per_message() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::directory(dir.path().join("outbox"), "portal@example.org").unwrap();
        mailer.send(&message()).await.unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1);
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("To: ana@example.org"), "{text}");
        assert!(text.contains("From: portal@example.org"), "{text}");
        assert!(
            text.contains("Subject: =?utf-8?"),
            "non-ASCII subject is encoded: {text}"
        );
    }

    #[tokio::test]
    async fn the_outbox_delivers_in_the_background() {
        let (mailer, sent) = Mailer::memory("portal@example.org").unwrap();
        let outbox = Outbox::start(mailer);
        outbox.queue(message()).unwrap();
        for _ in 0..100 {
            if !sent.lock().unwrap().is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(sent.lock().unwrap().as_slice(), &[message()]);
    }

    #[tokio::test]
    async fn bad_settings_are_clear_errors() {
        let e = Mailer::smtp("smtp://[bad", "portal@example.org").unwrap_err();
        assert!(
            e.to_string().starts_with("mail settings: the SMTP URL"),
            "{e}"
        );
        let e = Mailer::smtp("smtp://localhost", "not an address").unwrap_err();
        assert!(e.to_string().contains("not a mail address"), "{e}");
        assert!(
            !format!(
                "{:?}",
                Mailer::smtp("smtps://u:secret@localhost", "a@b.org").unwrap()
            )
            .contains("secret"),
            "the password never shows"
        );
    }
}
