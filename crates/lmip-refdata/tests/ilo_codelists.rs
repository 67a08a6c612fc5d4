//! Our ISCO-08, ISIC Rev.4 and sex labels against ILOSTAT's own code lists (real data from
//! ../shared/data/ilo-sdmx, read in place; skipped with a notice when that folder is absent).

use lmip_domain::Locale;
use lmip_domain::codes::lists;
use std::collections::HashMap;
use std::path::PathBuf;

fn ilo_csv() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ilo-sdmx/ilo_codelists_all.csv");
    p.exists().then_some(p)
}

/// Words only: ILO writes "Agriculture; forestry and fishing" where ISIC has a comma.
fn words(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn labels_match_ilostat() {
    let Some(path) = ilo_csv() else {
        eprintln!("notice: ../shared/data/ilo-sdmx is absent; ILO code-list comparison skipped");
        return;
    };
    let mut ilo: HashMap<String, String> = HashMap::new();
    let mut reader = csv::Reader::from_path(&path).expect("ILO code lists");
    for rec in reader.records() {
        let rec = rec.expect("a CSV record");
        ilo.insert(rec[1].to_string(), rec[3].to_string());
    }
    let ours = lmip_refdata::codes();
    let english = |c: &lmip_refdata::CodeEntry| {
        c.names
            .iter()
            .find(|(l, _)| *l == Locale::En)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let mut mismatches = Vec::new();
    let mut compared = 0;
    for c in &ours {
        let (ilo_id, prefix) = match c.list {
            lists::ISCO08 if c.code.len() == 1 => {
                (format!("OCU_ISCO08_{}", c.code), format!("{}. ", c.code))
            }
            lists::ISCO08 => (format!("OC2_ISCO08_{}", c.code), format!("{} - ", c.code)),
            lists::ISIC4 => (format!("ECO_ISIC4_{}", c.code), format!("{}. ", c.code)),
            _ => continue,
        };
        let Some(theirs) = ilo.get(&ilo_id) else {
            mismatches.push(format!("{ilo_id} is not in ILOSTAT's lists"));
            continue;
        };
        compared += 1;
        let theirs = theirs.strip_prefix(&prefix).unwrap_or(theirs);
        if words(theirs) != words(&english(c)) {
            mismatches.push(format!(
                "{}:{} ours '{}' ILO '{theirs}'",
                c.list,
                c.code,
                english(c)
            ));
        }
    }
    for (ours_code, ilo_id) in [("_T", "SEX_T"), ("M", "SEX_M"), ("F", "SEX_F")] {
        let c = ours
            .iter()
            .find(|c| c.list == lists::SEX && c.code == ours_code)
            .expect("sex code");
        compared += 1;
        if ilo.get(ilo_id).map(|s| words(s)) != Some(words(&english(c))) {
            mismatches.push(format!("sex {ours_code} differs from ILO {ilo_id}"));
        }
    }
    println!("compared {compared} labels with ILOSTAT");
    assert_eq!(compared, 53 + 21 + 3);
    assert!(
        mismatches.is_empty(),
        "labels differ from ILOSTAT:\n{}",
        mismatches.join("\n")
    );
}
