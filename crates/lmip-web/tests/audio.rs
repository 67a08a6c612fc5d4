//! Recordings of content translations over HTTP, on both backends: an editor of the owning
//! organisation attaches an Ogg Opus recording, the published page shows a native player (no
//! script) and serves the file with its real type, `Content-Disposition` and `nosniff`; a file
//! whose bytes are not Ogg Opus or MP3 (whatever its name), an empty one and an oversized one are
//! refused with a clear message, and nothing is stored; parts are served for `Range` (seeking,
//! resuming); the recording can be removed, and not
//! attached through another organisation's address.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};
use tower::ServiceExt;

fn ogg_opus() -> Vec<u8> {
    let mut v = b"OggS\x00\x02".to_vec();
    v.extend([0u8; 20]);
    v.push(1);
    v.push(19);
    v.extend(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00");
    v.extend([0u8; 2000]);
    v
}

async fn upload(state: &AppState, cookie: &str, csrf: &str, name: &str, bytes: &[u8]) -> Reply {
    let body = multipart(&[("csrf", csrf), ("locale", "en")], Some((name, bytes)));
    let req = Request::post("/office/organisations/kh-mlvt/content/kh-th-before-you-go/audio")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    send(state, req).await
}

#[tokio::test]
async fn an_editor_attaches_a_recording_and_readers_hear_it() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (editor, csrf) = signed_in(&t, "voice@example.org", "editor", 130).await;
        let user: String = sqlx::query_scalar("SELECT id FROM app_user WHERE email = $1")
            .bind("voice@example.org")
            .fetch_one(t.pool())
            .await
            .unwrap();
        let mut tx = t.write().await.unwrap();
        tx.grant_role(&user, "kh-mlvt", "editor").await.unwrap();
        tx.commit().await.unwrap();

        // Wrong type behind a right extension, empty, oversized: refused, said why, nothing kept.
        let r = upload(
            &state,
            &editor,
            &csrf,
            "guide.mp3",
            b"<html><script>alert(1)</script>",
        )
        .await;
        assert!(
            r.body.contains("not an Ogg Opus or MP3 recording"),
            "{}: {}",
            t.label,
            r.body
        );
        let r = upload(&state, &editor, &csrf, "guide.ogg", b"").await;
        assert!(r.body.contains("The file is empty"), "{}", t.label);
        let big = vec![0xffu8; lmip_domain::audio::MAX_AUDIO_BYTES + 10];
        let r = upload(&state, &editor, &csrf, "guide.mp3", &big).await;
        assert!(r.body.contains("larger than 8 MB"), "{}", t.label);
        let page = get(&state, "/en/content/kh-th-before-you-go", "").await;
        assert!(!page.body.contains("<audio"), "{}: nothing stored", t.label);

        // A real Ogg Opus file, named anything.
        let r = upload(&state, &editor, &csrf, "recording.bin", &ogg_opus()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}: {}", t.label, r.body);
        let office = get(
            &state,
            "/office/organisations/kh-mlvt/content/kh-th-before-you-go?locale=en",
            &editor,
        )
        .await;
        assert!(office.body.contains("OGG"), "{}", t.label);

        for lang in ["en", "km"] {
            let page = get(&state, &format!("/{lang}/content/kh-th-before-you-go"), "").await;
            let src = format!("/{lang}/content/kh-th-before-you-go/audio/en");
            assert!(
                page.body
                    .contains(&format!("<audio controls preload=\"none\" src=\"{src}\"")),
                "{}: {lang}: {}",
                t.label,
                page.body
            );
            assert!(
                !page.body.contains("<script"),
                "{lang}: the player needs no script"
            );
            // (bytes, not text: read through the router directly)
            let file = lmip_web::router(state.clone())
                .oneshot(Request::get(&src).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(file.status(), StatusCode::OK);
            let h = |n: header::HeaderName| file.headers()[n].to_str().unwrap().to_string();
            assert_eq!(h(header::CONTENT_TYPE), "audio/ogg");
            assert_eq!(
                h(header::CONTENT_DISPOSITION),
                "inline; filename=\"kh-th-before-you-go-en.ogg\""
            );
            assert_eq!(h(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
            let bytes = axum::body::to_bytes(file.into_body(), usize::MAX)
                .await
                .unwrap();
            assert_eq!(bytes.as_ref(), ogg_opus().as_slice());
        }
        // Parts, as a player seeking or a phone resuming asks for them.
        let src = "/en/content/kh-th-before-you-go/audio/en";
        let whole = ogg_opus();
        let len = whole.len();
        let ranged = |range: &str, if_range: Option<&str>| {
            let mut req = Request::get(src).header(header::RANGE, range);
            if let Some(tag) = if_range {
                req = req.header(header::IF_RANGE, tag);
            }
            lmip_web::router(state.clone()).oneshot(req.body(Body::empty()).unwrap())
        };
        let r = ranged("bytes=10-19", None).await.unwrap();
        assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT, "{}", t.label);
        assert_eq!(
            r.headers()[header::CONTENT_RANGE],
            format!("bytes 10-19/{len}").as_str()
        );
        assert_eq!(r.headers()[header::ACCEPT_RANGES], "bytes");
        let etag = r.headers()[header::ETAG].to_str().unwrap().to_string();
        let part = axum::body::to_bytes(r.into_body(), usize::MAX)
            .await
            .unwrap();
        assert_eq!(part.as_ref(), &whole[10..20]);
        let r = ranged("bytes=-5", Some(&etag)).await.unwrap();
        assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
        let part = axum::body::to_bytes(r.into_body(), usize::MAX)
            .await
            .unwrap();
        assert_eq!(part.as_ref(), &whole[len - 5..]);
        // Past the end: 416 with the length, and no error page.
        let r = ranged(&format!("bytes={len}-"), None).await.unwrap();
        assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);
        assert_eq!(
            r.headers()[header::CONTENT_RANGE],
            format!("bytes */{len}").as_str()
        );
        let body = axum::body::to_bytes(r.into_body(), usize::MAX)
            .await
            .unwrap();
        assert!(body.is_empty());
        // A range of an older recording (another tag), or several ranges: the whole file.
        for (range, tag) in [("bytes=0-9", Some("\"old\"")), ("bytes=0-1,5-6", None)] {
            let r = ranged(range, tag).await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{range}");
            let all = axum::body::to_bytes(r.into_body(), usize::MAX)
                .await
                .unwrap();
            assert_eq!(all.len(), len);
        }
        // No recording in a language that has none; none for an entry that does not exist.
        let r = get(&state, "/en/content/kh-th-before-you-go/audio/th", "").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = get(&state, "/en/content/no-such-entry/audio/en", "").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);

        // Removed: gone from the page.
        let r = post(
            &state,
            "/office/organisations/kh-mlvt/content/kh-th-before-you-go/audio/remove",
            &editor,
            &format!("csrf={csrf}&locale=en"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", t.label);
        let page = get(&state, "/en/content/kh-th-before-you-go", "").await;
        assert!(!page.body.contains("<audio"), "{}", t.label);
        // Through another organisation's address, the entry is not found (it is not theirs).
        let body = multipart(
            &[("csrf", &csrf), ("locale", "en")],
            Some(("x.ogg", &ogg_opus())),
        );
        let req = Request::post("/office/organisations/th-doe/content/kh-th-before-you-go/audio")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .header(header::COOKIE, &editor)
            .body(Body::from(body))
            .unwrap();
        let r = send(&state, req).await;
        assert!(
            matches!(r.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "{}: {}",
            t.label,
            r.status
        );
        let page = get(&state, "/en/content/kh-th-before-you-go", "").await;
        assert!(!page.body.contains("<audio"), "{}", t.label);
    }
}
