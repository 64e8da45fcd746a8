//! Ranking codes by words: the entry whose names (code, title, summary) match the words most
//! closely comes first.
//!
//! Words are compared by a crude stem (`locked` and `lock`, `expired` and `expiry` are the same
//! word), a word that only begins a longer one counts half, and small words (`the`, `of`) are
//! left out. An entry must hold most of the words (all of one or two, all but one of three or
//! four..) somewhere in its texts. Among those, entries holding more of the words come first;
//! then the closest name, by how much of the name the words make up and how much of the words
//! it holds, a little more when the words stand in it in order; then the sum over all names; then
//! catalog order.

use crate::catalog::{all_entries, Ref, Texts};
use std::cmp::Reverse;

/// A ranked entry.
pub struct Hit {
    /// The entry.
    pub entry: Ref,
    /// How many of the words it holds.
    pub words: usize,
    /// How closely its best name matches, from 0 to 1100 (1000 is every word and nothing else;
    /// 100 more when the words stand in order).
    pub closeness: u32,
}

/// Every entry matching `query`, best first; empty when no word matches.
pub fn search(query: &[String]) -> Vec<Hit> {
    let words = query_words(query);
    if words.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(Score, Ref)> = all_entries()
        .map(|entry| (Score::of(&words, &entry.texts()), entry))
        .filter(|(score, _)| score.words > 0)
        .collect();
    // Most of the words; if no entry holds that many, as many as any entry holds.
    let needed = (2 * words.len()).div_ceil(3);
    let best = scored
        .iter()
        .map(|(score, _)| score.words)
        .max()
        .unwrap_or(0);
    let needed = needed.min(best);
    scored.retain(|(score, _)| score.words >= needed);
    // The sort is stable: ties keep catalog order.
    scored.sort_by_key(|(score, _)| Reverse(score.key()));
    scored
        .into_iter()
        .map(|(score, entry)| Hit {
            entry,
            words: score.words,
            closeness: score.best,
        })
        .collect()
}

/// How well an entry's texts match the words.
struct Score {
    /// Words found anywhere.
    words: usize,
    /// Closeness of the best name, in thousandths.
    best: u32,
    /// Closeness of all names, summed.
    sum: u32,
    /// Each word's best strength, names counting twice notes.
    weight: u32,
}

impl Score {
    fn of(words: &[String], texts: &Texts) -> Self {
        let names: Vec<Vec<String>> = texts.names.iter().map(|t| text_words(t)).collect();
        let notes: Vec<Vec<String>> = texts.notes.iter().map(|t| text_words(t)).collect();
        let mut found = 0;
        let mut weight = 0;
        for word in words {
            let in_names = names.iter().map(|name| strength(word, name)).max();
            let in_notes = notes.iter().map(|note| strength(word, note)).max();
            let (in_names, in_notes) = (in_names.unwrap_or(0), in_notes.unwrap_or(0));
            if in_names.max(in_notes) > 0 {
                found += 1;
            }
            weight += (2 * in_names).max(in_notes);
        }
        let closeness: Vec<u32> = names.iter().map(|name| closeness(words, name)).collect();
        Score {
            words: found,
            best: closeness.iter().copied().max().unwrap_or(0),
            sum: closeness.iter().sum(),
            weight,
        }
    }

    fn key(&self) -> (usize, u32, u32, u32) {
        (self.words, self.best, self.sum, self.weight)
    }
}

/// How strongly `word` is in `text`: 2 as a word, 1 as the start of a longer word, 0 not.
fn strength(word: &str, text: &[String]) -> u32 {
    if text.iter().any(|w| w == word) {
        2
    } else if word.len() >= 3 && text.iter().any(|w| w.starts_with(word)) {
        1
    } else {
        0
    }
}

/// How closely a name matches the words, in thousandths: the harmonic mean of the share of the
/// name that is the words and the share of the words in the name, plus 100 when there are
/// several words and they stand in the name in order.
fn closeness(words: &[String], name: &[String]) -> u32 {
    if name.is_empty() {
        return 0;
    }
    // Strength 2 is a whole word: count in halves.
    let matched: u32 = words.iter().map(|word| strength(word, name)).sum();
    if matched == 0 {
        return 0;
    }
    let (matched, name_len, words_len) = (
        f64::from(matched) / 2.0,
        name.len() as f64,
        words.len() as f64,
    );
    let precision = (matched / name_len).min(1.0);
    let recall = matched / words_len;
    let f = 2.0 * precision * recall / (precision + recall);
    let in_order = words.len() > 1 && name.windows(words.len()).any(|window| window == words);
    (f * 1000.0).round() as u32 + if in_order { 100 } else { 0 }
}

/// Small words that say nothing about an error.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "be", "by", "for", "in", "is", "it", "of", "on", "or", "the", "to",
    "was", "with",
];

/// The words of a query, stemmed, without repeats or small words (unless it has only those).
fn query_words(query: &[String]) -> Vec<String> {
    let all: Vec<String> = query.iter().flat_map(|part| split(part)).collect();
    let mut words: Vec<String> = Vec::new();
    for word in all.iter().filter(|w| !STOP_WORDS.contains(&w.as_str())) {
        if !words.contains(&stem(word)) {
            words.push(stem(word));
        }
    }
    if words.is_empty() {
        all.iter().map(|word| stem(word)).collect()
    } else {
        words
    }
}

/// The words of a text, stemmed, without small words.
fn text_words(text: &str) -> Vec<String> {
    split(text)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// Lowercase words: runs of letters and digits (`invalid_client` is two words).
fn split(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A crude stem: one common ending off a word of five letters or more (`locked` -> `lock`,
/// `expires` -> `expir`, `limits` -> `limit`).
fn stem(word: &str) -> String {
    for ending in ["ing", "ed", "es", "s", "e", "y"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= 3 && !(ending == "s" && stem.ends_with('s')) {
                return stem.to_owned();
            }
        }
    }
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(query: &str) -> Vec<String> {
        query_words(&[query.to_owned()])
    }

    #[test]
    fn stems() {
        assert_eq!(stem("locked"), "lock");
        assert_eq!(stem("lock"), "lock");
        assert_eq!(stem("expired"), "expir");
        assert_eq!(stem("expire"), "expir");
        assert_eq!(stem("expiry"), "expir");
        assert_eq!(stem("expires"), "expir");
        assert_eq!(stem("limits"), "limit");
        assert_eq!(stem("access"), "access");
        assert_eq!(stem("users"), "user");
        assert_eq!(stem("out"), "out");
    }

    #[test]
    fn queries() {
        assert_eq!(words("The rate-limit"), ["rate", "limit"].map(stem));
        assert_eq!(words("token token"), ["token"]);
        assert_eq!(words("the"), ["the"]);
        assert!(words("  ").is_empty());
    }

    #[test]
    fn closeness_prefers_names_that_are_the_words() {
        let q = words("token expired");
        let name = |text: &str| text_words(text);
        let exact = closeness(&q, &name("expired_token"));
        let in_order = closeness(&q, &name("access_token_expired"));
        let long = closeness(&q, &name("The API token provided is invalid or expired"));
        assert_eq!(exact, 1000);
        assert_eq!(in_order, 800 + 100);
        assert!(long < in_order, "{long}");
        assert_eq!(closeness(&q, &name("unrelated")), 0);
        assert_eq!(closeness(&q, &[]), 0);
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        assert!(search(&[]).is_empty());
        assert!(search(&["!!".to_owned()]).is_empty());
        assert!(search(&["zzzzqqq".to_owned()]).is_empty());
    }
}
