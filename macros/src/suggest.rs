//! "did you mean …?" for misspelt arguments, rules and statuses.

/// The candidate nearest to `input`, when it is near enough to be a likely
/// misspelling.
pub fn nearest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let input_lower = input.to_lowercase();
    let limit = match input.chars().count() {
        0..=3 => 1,
        4..=7 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        .map(|candidate| (distance(&input_lower, &candidate.to_lowercase()), candidate))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

/// Edit distance counting insertions, deletions, substitutions and
/// transpositions of neighbours (optimal string alignment).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

/// ` (did you mean `x`?)`, or nothing.
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    match nearest(input, candidates) {
        Some(found) => format!("; did you mean `{found}`?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{distance, nearest};

    #[test]
    fn distances() {
        for (a, b, expected) in [
            ("", "", 0),
            ("terminal", "terminal", 0),
            ("terminl", "terminal", 1),
            ("temrinal", "terminal", 1),
            ("min_lenght", "min_length", 1),
            ("abc", "xyz", 3),
        ] {
            assert_eq!(distance(a, b), expected, "{a} ~ {b}");
        }
    }

    #[test]
    fn suggestions() {
        let args = ["status", "terminal", "failure", "status_enum", "open"];
        assert_eq!(nearest("terminl", args), Some("terminal"));
        assert_eq!(nearest("Status", args), Some("status"));
        assert_eq!(nearest("failures", args), Some("failure"));
        assert_eq!(nearest("xyzzy", args), None);
        assert_eq!(nearest("opn", args), Some("open"));
    }
}
