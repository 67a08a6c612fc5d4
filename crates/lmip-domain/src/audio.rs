//! Recordings attached to content translations: what a file really is, judged by its bytes
//! (never by its name or the type the browser claimed), and how large it may be.

/// The largest recording taken: a few minutes of speech in Opus or MP3 at a phone-friendly bit
/// rate is well under it.
pub const MAX_AUDIO_BYTES: usize = 8 * 1024 * 1024;

/// The kinds of recording lmip serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudioKind {
    /// Opus in an Ogg container.
    OggOpus,
    /// MPEG-1/2 Layer III.
    Mp3,
}

impl AudioKind {
    /// The media type it is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            AudioKind::OggOpus => "audio/ogg",
            AudioKind::Mp3 => "audio/mpeg",
        }
    }

    /// The file extension of a download.
    pub fn extension(self) -> &'static str {
        match self {
            AudioKind::OggOpus => "ogg",
            AudioKind::Mp3 => "mp3",
        }
    }

    /// The kind a stored media type names.
    pub fn from_media_type(t: &str) -> Option<AudioKind> {
        match t {
            "audio/ogg" => Some(AudioKind::OggOpus),
            "audio/mpeg" => Some(AudioKind::Mp3),
            _ => None,
        }
    }
}

/// Why a file is not taken as a recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AudioProblem {
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// Larger than [`MAX_AUDIO_BYTES`].
    #[error("the file is larger than {MAX_AUDIO_BYTES} bytes")]
    TooLarge,
    /// Not Ogg Opus nor MP3, whatever its name says.
    #[error("the file is not an Ogg Opus or MP3 recording")]
    NotAudio,
}

/// What a file is, by its first bytes: an Ogg page whose first packet is an Opus header, or MP3
/// (an ID3v2 tag, or a Layer III frame header with a valid bit rate and sampling rate).
pub fn sniff(bytes: &[u8]) -> Result<AudioKind, AudioProblem> {
    if bytes.is_empty() {
        return Err(AudioProblem::Empty);
    }
    if bytes.len() > MAX_AUDIO_BYTES {
        return Err(AudioProblem::TooLarge);
    }
    if bytes.starts_with(b"OggS") && bytes.len() >= 36 {
        // The first page's segment table follows the 27-byte header; the packet comes after it.
        let segments = usize::from(bytes[26]);
        let packet = 27 + segments;
        if bytes.get(packet..packet + 8) == Some(b"OpusHead".as_slice()) {
            return Ok(AudioKind::OggOpus);
        }
        return Err(AudioProblem::NotAudio);
    }
    let frame = if bytes.starts_with(b"ID3") && bytes.len() >= 10 {
        // ID3v2: a synchsafe size in bytes 6..10, then the first frame.
        let size = bytes[6..10]
            .iter()
            .fold(0usize, |n, b| (n << 7) | usize::from(b & 0x7f));
        &bytes[(10 + size).min(bytes.len())..]
    } else {
        bytes
    };
    if frame.is_empty() && bytes.starts_with(b"ID3") {
        // A tag alone (the frames were cut off): not a recording.
        return Err(AudioProblem::NotAudio);
    }
    if is_mp3_frame(frame) {
        return Ok(AudioKind::Mp3);
    }
    Err(AudioProblem::NotAudio)
}

fn is_mp3_frame(b: &[u8]) -> bool {
    if b.len() < 4 || b[0] != 0xff || b[1] & 0xe0 != 0xe0 {
        return false;
    }
    let version = (b[1] >> 3) & 0b11; // 01 is reserved
    let layer = (b[1] >> 1) & 0b11; // 01 is Layer III
    let bitrate = b[2] >> 4; // 0000 free, 1111 bad
    let sampling = (b[2] >> 2) & 0b11; // 11 reserved
    version != 0b01 && layer == 0b01 && bitrate != 0 && bitrate != 0b1111 && sampling != 0b11
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The start of a real Ogg Opus file: page header, one segment, "OpusHead".
    fn ogg_opus() -> Vec<u8> {
        let mut v = b"OggS\x00\x02".to_vec();
        v.extend([0u8; 20]); // granule, serial, sequence, checksum
        v.push(1); // one segment
        v.push(19); // its length
        v.extend(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00");
        v
    }

    fn mp3() -> Vec<u8> {
        // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz.
        let mut v = vec![0xff, 0xfb, 0x90, 0x64];
        v.extend([0u8; 400]);
        v
    }

    #[test]
    fn recordings_are_known_by_their_bytes() {
        assert_eq!(sniff(&ogg_opus()), Ok(AudioKind::OggOpus));
        assert_eq!(sniff(&mp3()), Ok(AudioKind::Mp3));
        let mut tagged = b"ID3\x04\x00\x00\x00\x00\x00\x0a".to_vec();
        tagged.extend([0u8; 10]);
        tagged.extend(mp3());
        assert_eq!(sniff(&tagged), Ok(AudioKind::Mp3));
    }

    #[test]
    fn other_files_are_refused_whatever_their_name() {
        assert_eq!(sniff(b""), Err(AudioProblem::Empty));
        assert_eq!(
            sniff(b"<html><script>alert(1)</script>"),
            Err(AudioProblem::NotAudio)
        );
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n0000"), Err(AudioProblem::NotAudio));
        // Ogg, but Vorbis rather than Opus.
        let mut vorbis = ogg_opus();
        vorbis[28..36].copy_from_slice(b"\x01vorbis\x00");
        assert_eq!(sniff(&vorbis), Err(AudioProblem::NotAudio));
        // An ID3 tag with nothing after it.
        assert_eq!(
            sniff(b"ID3\x04\x00\x00\x00\x00\x00\x0a0123456789"),
            Err(AudioProblem::NotAudio)
        );
        // A frame sync of Layer I, not III.
        assert_eq!(
            sniff(&[0xff, 0xff, 0x90, 0x64]),
            Err(AudioProblem::NotAudio)
        );
        assert_eq!(
            sniff(&vec![0xffu8; MAX_AUDIO_BYTES + 1]),
            Err(AudioProblem::TooLarge)
        );
    }

    proptest! {
        #[test]
        fn sniffing_never_panics(b in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = sniff(&b);
        }
    }
}
