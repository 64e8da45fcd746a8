//! The README's examples that need a feature are not compiled as README doctests (the `readme`
//! package builds it with default features only): each is a copy of a doctest that the feature
//! compiles, and this checks that it still is one, and that every feature has its row.

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The lines of `source`'s `//!` doc comment, without the prefix, hidden (`# `) lines left out.
fn doc_lines(source: &str) -> Vec<String> {
    let lines = source
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("//!"));
    let lines = lines.map(|l| l.strip_prefix(' ').unwrap_or(l).to_owned());
    lines.filter(|l| !l.starts_with("# ")).collect()
}

/// Whether `lines` appear in `doc` in order (other lines may stand between them), whatever
/// their indentation (a two-line example in a table row is not indented as in a function).
fn in_order(lines: &[&str], doc: &[String]) -> bool {
    let mut doc = doc.iter();
    lines
        .iter()
        .all(|line| doc.any(|d| d.trim() == line.trim()))
}

/// The integration features Cargo.toml declares: those that bring a crate (`dep:`), each with
/// its module `src/<feature>.rs`. The vendor features (those `all-vendors` lists) are
/// catalogs and bodies, not integrations, even where one brings a crate (`entra`, `base64`).
fn features() -> Vec<String> {
    let manifest = read("Cargo.toml");
    let section = manifest.split("\n[features]\n").nth(1).unwrap();
    let section = section.split("\n[").next().unwrap();
    let names: Vec<(&str, &str)> = section
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .collect();
    let vendors = names
        .iter()
        .find(|(name, _)| *name == "all-vendors")
        .unwrap()
        .1;
    let integrations = names.iter().filter(|(name, enables)| {
        enables.contains("dep:") && !vendors.contains(&format!("\"{name}\""))
    });
    integrations.map(|(name, _)| (*name).to_owned()).collect()
}

#[test]
fn every_feature_has_a_row_whose_two_line_example_is_a_doctest_of_its_module() {
    let readme = read("README.md");
    let features = features();
    assert_eq!(
        features,
        [
            "actix-web",
            "axum",
            "schemars",
            "utoipa",
            "reqwest",
            "reqwest-middleware",
            "reqwest-retry",
            "tower",
            "tracing",
            "wiremock"
        ]
    );
    for feature in &features {
        let start = format!("| `{feature}` | ");
        let row = readme.lines().find(|l| l.starts_with(&start));
        let row = row.unwrap_or_else(|| panic!("no README row for `{feature}`"));
        let cells: Vec<&str> = row.split(" | ").collect();
        assert_eq!(cells.len(), 4, "{row}");
        let example: Vec<&str> = cells[2]
            .split("<br>")
            .map(|code| {
                code.strip_prefix('`')
                    .and_then(|c| c.strip_suffix('`'))
                    .unwrap()
            })
            .collect();
        assert_eq!(example.len(), 2, "`{feature}`: a two-line example");
        let module = feature.replace('-', "_");
        let doc = doc_lines(&read(&format!("src/{module}.rs")));
        assert!(
            in_order(&example, &doc),
            "`{feature}`: the README's example is not in src/{module}.rs's doctests: {example:?}"
        );
    }
}

#[test]
fn every_ignored_readme_example_is_a_doctest_of_a_feature() {
    let readme = read("README.md");
    let blocks: Vec<&str> = readme
        .split("```rust,ignore\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    assert_eq!(blocks.len(), 1);
    let sources: Vec<Vec<String>> = features()
        .iter()
        .map(|feature| doc_lines(&read(&format!("src/{}.rs", feature.replace('-', "_")))))
        .collect();
    for block in blocks {
        let lines: Vec<&str> = block.lines().filter(|l| !l.is_empty()).collect();
        assert!(
            sources.iter().any(|doc| in_order(&lines, doc)),
            "a README example that no feature's doctest holds:\n{block}"
        );
    }
}

#[test]
fn the_readme_examples_read_as_plain_rust() {
    // A line rustdoc hides (`# Ok::<(), E>(())`, `# fn main() {`) shows on every other
    // Markdown viewer: the README's examples have none, so what is shown is what compiles.
    let readme = read("README.md");
    let mut blocks = 0;
    for block in readme.split("```rust").skip(1) {
        let block = block.split("\n```").next().unwrap();
        blocks += 1;
        for line in block.lines().skip(1) {
            assert!(
                !(line == "#" || line.starts_with("# ") || line.starts_with("##")),
                "a hidden line in a README example: {line:?}"
            );
        }
    }
    assert_eq!(blocks, 10);
}
