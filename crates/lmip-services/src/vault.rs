//! Sealing personal data at rest: the keyring the operator keeps outside the database.
//!
//! A sealed value is `s1.<key id>.<base64url(nonce ‖ ciphertext)>`: XChaCha20-Poly1305 with a
//! random 192-bit nonce, and the table, column and row as associated data, so a value copied to
//! another row or column no longer opens. The keyring is a short text file (one `id:hex` key per
//! line, the last one current) or the `LMIP_CASE_KEYS` environment variable. Keys are never
//! logged; `Debug` shows only their ids. Keyed hashes (HMAC-SHA-256 under a key derived from the
//! current key) let storage match sealed values exactly (the same respondent, the same number)
//! without holding them.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use std::path::Path;

/// Why the keyring cannot be used or a value cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    /// The keyring text is malformed (the line number says where).
    #[error(
        "line {0} of the case keys is not a key: each line is an id, a colon and 64 hexadecimal digits"
    )]
    BadLine(usize),
    /// No key at all.
    #[error("the case keys hold no key")]
    Empty,
    /// A value sealed under a key the keyring does not hold.
    #[error("a value is sealed under key {0}, which the case keys do not hold")]
    UnknownKey(String),
    /// The value was changed, moved to another row or column, or is not a sealed value.
    #[error("a sealed value does not open: it was changed or moved ({0})")]
    Corrupt(String),
    /// The key file could not be read or written.
    #[error("case keys file {path}: {message}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
}

/// Where a value lives: its associated data.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    /// Table.
    pub table: &'a str,
    /// Column.
    pub column: &'a str,
    /// The row's key.
    pub row: &'a str,
}

impl Place<'_> {
    fn aad(&self) -> String {
        format!("lmip\0{}\0{}\0{}", self.table, self.column, self.row)
    }
}

/// The operator's keys, the last one current.
#[derive(Clone)]
pub struct Keyring {
    keys: Vec<(String, [u8; 32])>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|(id, _)| id.as_str()).collect();
        f.debug_struct("Keyring").field("ids", &ids).finish()
    }
}

const PREFIX: &str = "s1.";

fn fresh_key() -> (String, [u8; 32]) {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    let mut id = [0u8; 4];
    rand::rng().fill_bytes(&mut id);
    let date: String = lmip_storage::now_utc_text()
        .chars()
        .take(10)
        .filter(|c| *c != '-')
        .collect();
    (format!("k{date}{}", hex::encode(id)), key)
}

impl Keyring {
    /// A keyring with one new random key.
    pub fn generate() -> Keyring {
        Keyring {
            keys: vec![fresh_key()],
        }
    }

    /// Reads keys as the file holds them: `id:hex` per line, `#` comments and blank lines
    /// ignored, whitespace or commas also separating keys (for the environment variable).
    pub fn parse(text: &str) -> Result<Keyring, VaultError> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            for item in line
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
            {
                let (id, hexkey) = item.split_once(':').ok_or(VaultError::BadLine(n + 1))?;
                let bytes = hex::decode(hexkey).map_err(|_| VaultError::BadLine(n + 1))?;
                let key: [u8; 32] = bytes.try_into().map_err(|_| VaultError::BadLine(n + 1))?;
                if id.is_empty()
                    || id.len() > 40
                    || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    return Err(VaultError::BadLine(n + 1));
                }
                keys.retain(|(k, _): &(String, [u8; 32])| k != id);
                keys.push((id.to_string(), key));
            }
        }
        if keys.is_empty() {
            return Err(VaultError::Empty);
        }
        Ok(Keyring { keys })
    }

    /// The keyring as its file holds it.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "# lmip case keys: keep this file outside the database and its backups, readable only by lmip.\n\
             # The last key seals new data; older keys only open data sealed before `lmip keys rotate`.\n",
        );
        for (id, key) in &self.keys {
            out.push_str(&format!("{id}:{}\n", hex::encode(key)));
        }
        out
    }

    /// Reads the key file, or creates it with a new key (readable by its owner only) when it does
    /// not exist. Returns whether it was created.
    pub fn load_or_create(path: &Path) -> Result<(Keyring, bool), VaultError> {
        let file_error = |e: std::io::Error| VaultError::File {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((Keyring::parse(&text)?, false)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let ring = Keyring::generate();
                ring.save(path)?;
                Ok((ring, true))
            }
            Err(e) => Err(file_error(e)),
        }
    }

    /// Writes the key file atomically (a temporary file beside it, synced, then renamed), readable
    /// by its owner only.
    pub fn save(&self, path: &Path) -> Result<(), VaultError> {
        use std::io::Write;
        let file_error = |e: std::io::Error| VaultError::File {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(file_error)?;
        }
        let tmp = path.with_extension("new");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut f = options.open(&tmp).map_err(file_error)?;
        f.write_all(self.to_text().as_bytes()).map_err(file_error)?;
        f.sync_all().map_err(file_error)?;
        std::fs::rename(&tmp, path).map_err(file_error)?;
        Ok(())
    }

    /// The current key's id.
    pub fn current_id(&self) -> &str {
        self.keys.last().map(|(id, _)| id.as_str()).unwrap_or("")
    }

    /// The ids of every key.
    pub fn ids(&self) -> Vec<&str> {
        self.keys.iter().map(|(id, _)| id.as_str()).collect()
    }

    /// This keyring with a new current key (the old ones still open old values).
    pub fn with_new_key(&self) -> Keyring {
        let mut keys = self.keys.clone();
        keys.push(fresh_key());
        Keyring { keys }
    }

    /// Only the current key (after every value was resealed).
    pub fn only_current(&self) -> Keyring {
        Keyring {
            keys: self.keys.last().cloned().into_iter().collect(),
        }
    }

    fn cipher(&self, id: &str) -> Option<XChaCha20Poly1305> {
        self.keys
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, key)| XChaCha20Poly1305::new(&(*key).into()))
    }

    /// Seals `plain` for `place` under the current key.
    pub fn seal(&self, place: Place<'_>, plain: &str) -> String {
        let (id, key) = match self.keys.last() {
            Some(k) => k,
            None => return String::new(),
        };
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        let aad = place.aad();
        let cipher = XChaCha20Poly1305::new(&(*key).into());
        // Encryption fails only for messages over 256 GiB; form fields are bounded far below.
        let sealed = cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plain.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .unwrap_or_default();
        let mut bytes = Vec::with_capacity(24 + sealed.len());
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&sealed);
        format!("{PREFIX}{id}.{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The key id a sealed value names.
    pub fn key_of(sealed: &str) -> Option<&str> {
        sealed.strip_prefix(PREFIX)?.split('.').next()
    }

    /// Opens a value sealed for `place`.
    pub fn open(&self, place: Place<'_>, sealed: &str) -> Result<String, VaultError> {
        let corrupt = || VaultError::Corrupt(format!("{}.{}", place.table, place.column));
        let rest = sealed.strip_prefix(PREFIX).ok_or_else(corrupt)?;
        let (id, body) = rest.split_once('.').ok_or_else(corrupt)?;
        let cipher = self
            .cipher(id)
            .ok_or_else(|| VaultError::UnknownKey(id.to_string()))?;
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| corrupt())?;
        if bytes.len() < 24 + 16 {
            return Err(corrupt());
        }
        let (nonce, msg) = bytes.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| corrupt())?;
        let aad = place.aad();
        let plain = cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| corrupt())?;
        String::from_utf8(plain).map_err(|_| corrupt())
    }

    /// A keyed hash of `value` for exact matching (`purpose` keeps different uses apart).
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        let key = self.keys.last().map(|(_, k)| *k).unwrap_or([0; 32]);
        let mut derive = <Hmac<Sha256> as Mac>::new_from_slice(&key)
            .unwrap_or_else(|_| <Hmac<Sha256> as Mac>::new(&Default::default()));
        derive.update(b"lmip keyed hash v1");
        let sub = derive.finalize().into_bytes();
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&sub)
            .unwrap_or_else(|_| <Hmac<Sha256> as Mac>::new(&Default::default()));
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HERE: Place<'static> = Place {
        table: "case_file",
        column: "name_enc",
        row: "r1",
    };

    #[test]
    fn sealed_values_open_only_where_they_were_sealed() {
        let ring = Keyring::generate();
        let sealed = ring.seal(HERE, "Somchai ใจดี");
        assert!(!sealed.contains("Somchai"));
        assert_eq!(ring.open(HERE, &sealed).unwrap(), "Somchai ใจดี");
        let elsewhere = Place { row: "r2", ..HERE };
        assert!(matches!(
            ring.open(elsewhere, &sealed),
            Err(VaultError::Corrupt(_))
        ));
        let other_column = Place {
            column: "contact_enc",
            ..HERE
        };
        assert!(ring.open(other_column, &sealed).is_err());
        // A changed character does not open.
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 2;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert!(
            ring.open(HERE, &String::from_utf8(tampered).unwrap())
                .is_err()
        );
        assert!(ring.open(HERE, "plain text").is_err());
        // Two seals of the same text differ (random nonces).
        assert_ne!(ring.seal(HERE, "x"), ring.seal(HERE, "x"));
    }

    #[test]
    fn rotation_keeps_old_values_readable_until_resealed() {
        let old = Keyring::generate();
        let sealed = old.seal(HERE, "secret");
        let both = old.with_new_key();
        assert_eq!(both.open(HERE, &sealed).unwrap(), "secret");
        let resealed = both.seal(HERE, &both.open(HERE, &sealed).unwrap());
        assert_eq!(Keyring::key_of(&resealed), Some(both.current_id()));
        let new_only = both.only_current();
        assert_eq!(new_only.open(HERE, &resealed).unwrap(), "secret");
        assert!(matches!(
            new_only.open(HERE, &sealed),
            Err(VaultError::UnknownKey(_))
        ));
        assert_ne!(
            old.keyed_hash("phone", "+66812345678"),
            new_only.keyed_hash("phone", "+66812345678")
        );
    }

    #[test]
    fn the_key_file_reads_back_and_bad_lines_are_named() {
        let ring = Keyring::generate().with_new_key();
        let back = Keyring::parse(&ring.to_text()).unwrap();
        assert_eq!(back.ids(), ring.ids());
        assert!(!format!("{ring:?}").contains(&hex::encode(ring.keys[0].1)));
        assert_eq!(
            Keyring::parse("# nothing\n").unwrap_err(),
            VaultError::Empty
        );
        assert_eq!(
            Keyring::parse("a:00\n").unwrap_err(),
            VaultError::BadLine(1)
        );
        assert_eq!(
            Keyring::parse(&format!("\nk1:{}\nnot a key", "00".repeat(32))).unwrap_err(),
            VaultError::BadLine(3)
        );
        let env = format!("k1:{}, k2:{}", "01".repeat(32), "02".repeat(32));
        assert_eq!(Keyring::parse(&env).unwrap().current_id(), "k2");
    }

    #[test]
    fn the_key_file_is_created_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys").join("case-keys");
        let (ring, created) = Keyring::load_or_create(&path).unwrap();
        assert!(created);
        let (again, created) = Keyring::load_or_create(&path).unwrap();
        assert!(!created);
        assert_eq!(ring.ids(), again.ids());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "nobody else reads the keys");
        }
    }
}
