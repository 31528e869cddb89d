//! The macro never panics: whatever the input, the expansion returns tokens
//! (the expansion, or `compile_error!` with the item). Driven with more than
//! 10,000 malformed inputs: hand-written ones, every valid declaration with
//! one token removed, with two neighbours swapped, with one token replaced,
//! truncated argument lists, and seeded random token trees.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::panic;

/// Valid declarations to mutate: (is_model, args, item).
const DECLARATIONS: &[(bool, &str, &str)] = &[
    (
        false,
        r#"status = "started""#,
        "pub struct StartResponseBody { pub operation_id: String }",
    ),
    (
        false,
        r#"status = ["pending", "done", "failed"], terminal = ["done", "failed"], failure = ["failed"], open, unknown = "failure""#,
        r#"pub struct R { #[response(required_when = "failed")] pub error: Option<E>, #[response(min_length = 3, max_length = 9)] pub id: String }"#,
    ),
    (
        false,
        r#"status = "x", status_field = "state", status_enum = S, rename_all = "snake_case", deny_unknown_fields, crate = ::c"#,
        r#"struct B<T: Clone> where T: Copy { #[response(nested)] t: Option<T>, #[response(min = -1, max = 2.5)] n: f64 }"#,
    ),
    (
        false,
        r#"terminal = ["done"], failure = ["done"], status_case = "kebab-case", open"#,
        r#"enum U<R> { Done { #[response(min_length = 3)] id: String, r: R }, #[response(status = "waiting")] Pending, Failed { message: String } }"#,
    ),
    (
        true,
        "",
        r#"pub struct M { #[response(non_empty, rename = "type")] pub kind: String, #[response(pattern = "^a+$", validate_with = f)] pub p: String, #[response(default)] pub b: bool, #[response(required)] pub o: Option<u8>, #[response(greater_than = 0, less_than = 9)] pub g: i32, #[response(length = 2)] pub l: Vec<u8> }"#,
    ),
    (
        false,
        r#"status = ["A", "B"], terminal = ["B"], failure = ["B"], alias = ["b" => "B"], case_insensitive, open, unknown = f, validate_with = g"#,
        r#"pub struct W { #[response(outcome)] pub c: Option<C>, #[response(min_bytes = 1, max_bytes = 9, default = h)] pub n: String }"#,
    ),
    (
        true,
        r#"lifecycle = f, validate_with = g, rename_all = "PascalCase""#,
        r#"pub struct G<M> { #[serde(flatten)] #[response(operation)] pub job: J<M>, pub name: String }"#,
    ),
    (
        true,
        r#"tag = "type", tag_case = "PascalCase", open, alias = ["x" => "a"], deny_unknown_fields"#,
        r#"pub enum T { A { #[response(min_length = 2)] u: String }, #[response(rename = "b", alias = "B")] Bee, #[serde(alias = "c")] C {} }"#,
    ),
    (
        true,
        r#"failure = ["f"], case_insensitive"#,
        r#"pub enum Conclusion { #[serde(rename = "f")] Failure, #[response(alias = "OK")] Success }"#,
    ),
    (
        true,
        r#"rename_all = "kebab-case", open"#,
        r#"pub enum Code { InternalError, #[response(rename = "t")] Timeout }"#,
    ),
    // Issue 23's forms: a default status, waiting statuses, classify,
    // progress, an outcome in a variant, an open outcome's `unknown`.
    (
        false,
        r#"status = ["queued", "manual", "done"], terminal = ["done"], waiting = ["manual"], status_default = "queued", classify = c, progress = p, open"#,
        r#"pub struct P { pub id: u64, #[response(outcome)] pub o: Option<O> }"#,
    ),
    (
        false,
        r#"terminal = ["completed"], waiting = ["planned"], status_default = "pending", classify = c, progress = p"#,
        r#"pub enum R { Pending, Planned { has: bool }, Completed { #[response(outcome)] conclusion: C, url: Option<String> } }"#,
    ),
    (
        true,
        r#"failure = ["failure"], open, unknown = later"#,
        r#"pub enum Conclusion { Success, Failure }"#,
    ),
    (
        true,
        r#"lifecycle = f, classify = c, progress = p"#,
        r#"pub struct Op { #[response(default)] pub done: bool }"#,
    ),
    (
        false,
        r#"status = "done", status_field = "state""#,
        r#"pub struct N { #[response(number_as_string, min = 1)] pub total: u64, #[response(number_as_string, required)] pub failed: Option<i64>, #[response(number_as_string, default)] pub r: u8 }"#,
    ),
];

/// Hand-written inputs that are wrong in ways mutation rarely finds.
const HAND_WRITTEN: &[(bool, &str, &str)] = &[
    (false, "", ""),
    (false, "", "fn f() {}"),
    (false, "", "struct"),
    (false, "", "struct S;"),
    (false, "", "struct S(u8);"),
    (false, "", "union U { a: u8 }"),
    (false, "status", "struct S {}"),
    (false, "status =", "struct S {}"),
    (false, "= 1", "struct S {}"),
    (false, r#"status = ["a",,]"#, "struct S {}"),
    (false, r#"status = "a" "b""#, "struct S {}"),
    (false, r#"status = """#, "struct S {}"),
    (false, r#"status = "self""#, "struct S {}"),
    (false, r#"status = "r#type""#, "struct S {}"),
    (false, r#"status = "²""#, "struct S {}"),
    (false, r#"status = "a", crate = "#, "struct S {}"),
    (false, r#"status = "a", crate = 5"#, "struct S {}"),
    (
        false,
        r#"status = "a", status_enum = r#type"#,
        "struct S {}",
    ),
    (false, r#"status = "a""#, "struct r#type { r#fn: u8 }"),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response(min = 340282366920938463463374607431768211456)] n: u8 }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response(min = -170141183460469231731687303715884105728)] n: i128 }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response(min_length = 99999999999999999999999)] s: String }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response(min = 1e999)] n: f64 }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response] s: String }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response = 1] s: String }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response(pattern = "(")] s: String }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[response(validate_with = 1)] s: String }"#,
    ),
    (
        false,
        r#"status = "a""#,
        r#"struct S { #[serde(rename)] s: String }"#,
    ),
    (false, r#"status = "a""#, r#"#[derive] struct S {}"#),
    (false, r#"status = "a""#, r#"#[derive(=)] struct S {}"#),
    (false, "", "enum E {}"),
    (false, "", "enum E { A(u8), B = 2 }"),
    (true, "", "enum E<T> { A }"),
    (true, "open", "enum E { Unknown, A { x: u8 } }"),
];

fn expands_without_panic(is_model: bool, args: TokenStream, item: TokenStream) -> bool {
    let shown = format!("args: {args}\nitem: {item}");
    let result = panic::catch_unwind(move || {
        crate::pipeline::expand(args, item, is_model, crate::expand::Options::FEATURES)
    });
    match result {
        Ok(tokens) => {
            assert!(!tokens.is_empty(), "no tokens for\n{shown}");
            true
        }
        Err(_) => panic!("the macro panicked on\n{shown}"),
    }
}

/// Every token tree, flattened with the path to reach it, so that a
/// mutation can be applied anywhere, also inside groups.
fn positions(stream: &TokenStream) -> usize {
    stream
        .clone()
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => 1 + positions(&g.stream()),
            _ => 1,
        })
        .sum()
}

enum Edit {
    Remove,
    SwapWithNext,
    Replace(TokenTree),
}

/// Applies `edit` at the `target`-th position (pre-order).
fn mutate(stream: &TokenStream, target: &mut usize, edit: &Edit) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    let trees: Vec<TokenTree> = stream.clone().into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        let tt = &trees[i];
        if *target == 0 {
            *target = usize::MAX;
            match edit {
                Edit::Remove => {}
                Edit::SwapWithNext => {
                    if let Some(next) = trees.get(i + 1) {
                        out.push(next.clone());
                        out.push(tt.clone());
                        i += 2;
                        continue;
                    }
                    out.push(tt.clone());
                }
                Edit::Replace(with) => out.push(with.clone()),
            }
            i += 1;
            continue;
        }
        if *target != usize::MAX {
            *target -= 1;
        }
        match tt {
            TokenTree::Group(g) if *target != usize::MAX => {
                let inner = mutate(&g.stream(), target, edit);
                let mut group = Group::new(g.delimiter(), inner);
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            _ => out.push(tt.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

fn replacements() -> Vec<TokenTree> {
    let span = Span::call_site();
    vec![
        TokenTree::Literal(Literal::string("")),
        TokenTree::Literal(Literal::string("in_progress")),
        TokenTree::Literal(Literal::i64_unsuffixed(-1)),
        TokenTree::Literal(Literal::f64_unsuffixed(0.5)),
        TokenTree::Ident(Ident::new("status", span)),
        TokenTree::Ident(Ident::new("open", span)),
        TokenTree::Ident(Ident::new("Option", span)),
        TokenTree::Ident(Ident::new("crate", span)),
        TokenTree::Punct(Punct::new('=', Spacing::Alone)),
        TokenTree::Punct(Punct::new(',', Spacing::Alone)),
        TokenTree::Punct(Punct::new('#', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Bracket, TokenStream::new())),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, TokenStream::new())),
    ]
}

/// xorshift64: seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_stream(rng: &mut Rng, depth: usize) -> TokenStream {
    let pool = replacements();
    let len = rng.below(8);
    (0..len)
        .map(|_| match rng.below(if depth < 3 { 5 } else { 4 }) {
            0..=3 => pool[rng.below(pool.len())].clone(),
            _ => {
                let delimiter =
                    [Delimiter::Brace, Delimiter::Bracket, Delimiter::Parenthesis][rng.below(3)];
                TokenTree::Group(Group::new(delimiter, random_stream(rng, depth + 1)))
            }
        })
        .collect()
}

#[test]
fn never_panics_on_malformed_input() {
    let mut cases = 0usize;
    for (is_model, args, item) in HAND_WRITTEN {
        let args: TokenStream = args.parse().expect("hand-written args lex");
        let item: TokenStream = item.parse().expect("hand-written items lex");
        expands_without_panic(*is_model, args, item);
        cases += 1;
    }
    let pool = replacements();
    for (is_model, args, item) in DECLARATIONS {
        let args: TokenStream = args.parse().expect("args lex");
        let item: TokenStream = item.parse().expect("items lex");
        // The declaration itself expands.
        expands_without_panic(*is_model, args.clone(), item.clone());
        cases += 1;
        for (which, stream) in [(0, &args), (1, &item)] {
            let count = positions(stream);
            for position in 0..count {
                let mut edits = vec![Edit::Remove, Edit::SwapWithNext];
                edits.extend(pool.iter().cloned().map(Edit::Replace));
                for edit in &edits {
                    let mut target = position;
                    let mutated = mutate(stream, &mut target, edit);
                    let (a, i) = if which == 0 {
                        (mutated, item.clone())
                    } else {
                        (args.clone(), mutated)
                    };
                    expands_without_panic(*is_model, a, i);
                    cases += 1;
                }
            }
        }
        // Truncated argument lists.
        let trees: Vec<TokenTree> = args.clone().into_iter().collect();
        for cut in 0..trees.len() {
            let truncated: TokenStream = trees[..cut].iter().cloned().collect();
            expands_without_panic(*is_model, truncated, item.clone());
            cases += 1;
        }
    }
    // Seeded random token trees, as arguments and as items.
    let mut rng = Rng(0x0bad_5eed);
    for _ in 0..4_000 {
        let args = random_stream(&mut rng, 0);
        let item = random_stream(&mut rng, 0);
        expands_without_panic(rng.below(2) == 0, args, item);
        let valid_item: TokenStream = DECLARATIONS[rng.below(DECLARATIONS.len())]
            .2
            .parse()
            .expect("items lex");
        expands_without_panic(false, random_stream(&mut rng, 0), valid_item);
        cases += 2;
    }
    assert!(cases >= 10_000, "only {cases} cases");
    eprintln!("{cases} malformed inputs, no panic");
}
