//! Deserializing a status-discriminated union (the enum form) without
//! buffering the object when the status key comes first.
//!
//! The first key is read; when it is the status key, its value picks the
//! variant and the variant's fields are read straight from the rest of the
//! map. When other keys come first, only those entries are buffered, then
//! replayed before the rest of the map.
//!
//! A type error in a buffered entry is found while it is replayed, where
//! `serde_json` knows neither its key nor its position: it reports the end of
//! the object. `from_json` re-parses such a body off the fast path (see
//! `replay`) so that the error carries the entry's wire path and the position
//! of its value; plain `serde_json::from_str` (and any other caller that is
//! not `from_json`) keeps the position at the end of the object.

use crate::content::{Content, ContentDeserializer};
use crate::string_enum::{string_enum_value, WireEnum};
use crate::{StringEnum, UnknownFields};
use core::fmt;
use core::marker::PhantomData;
use serde::de::value::{
    BorrowedStrDeserializer, MapAccessDeserializer, StrDeserializer, StringDeserializer,
};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, Error as _, MapAccess, Visitor};
use serde_json::Value;

/// What a generated union tells the shared visitor.
pub trait Union<'de>: Sized {
    /// The status enum: its deserializer decides which statuses (and
    /// aliases) are listed, and whether an unlisted one is kept; a closed
    /// one fails on it while the status value is read, so that the error has
    /// the status key's path and the value's position.
    type Status: WireEnum;
    /// The wire key of the status.
    const STATUS_KEY: &'static str;
    /// For type errors: what the body is.
    const EXPECTING: &'static str;

    /// The variant for `status`, its fields read from `rest`.
    fn variant<M: MapAccess<'de>>(status: Self::Status, rest: M) -> Result<Self, M::Error>;

    /// `status_default`: the status of a body without the status key.
    #[inline]
    fn default_status() -> Option<Self::Status> {
        None
    }
}

/// The variant of a body whose map ended without the status key: its
/// default status's, or the error that the key is missing.
#[cold]
fn without_status<'de, T: Union<'de>, M: MapAccess<'de>>(
    rest: M,
    slot: Option<usize>,
) -> Result<T, M::Error> {
    match T::default_status() {
        Some(status) => {
            if let Some(slot) = slot {
                replay::record(slot, status.as_str());
            }
            T::variant(status, rest)
        }
        None => Err(M::Error::missing_field(T::STATUS_KEY)),
    }
}

/// Reads a variant's field struct from the rest of the map, where the status
/// key, read already, may not come again.
#[inline]
pub fn fields<'de, T: Deserialize<'de>, M: MapAccess<'de>>(
    rest: M,
    status_key: &'static str,
) -> Result<T, M::Error> {
    T::deserialize(MapAccessDeserializer::new(crate::object::Values::<
        _,
        crate::object::Through,
    >::new(NoSecondStatus {
        live: rest,
        status_key,
    })))
}

/// The rest of a union's map, a second status key refused.
struct NoSecondStatus<M> {
    live: M,
    status_key: &'static str,
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for NoSecondStatus<M> {
    type Error = M::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        let entry = EntrySeed {
            seed,
            status_key: self.status_key,
        };
        match self.live.next_key_seed(entry)? {
            None => Ok(None),
            Some(Entry::Key(key)) => Ok(Some(key)),
            Some(Entry::Status(_)) => Err(M::Error::duplicate_field(self.status_key)),
        }
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        self.live.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.live.size_hint()
    }
}

/// A unit variant: the rest of the map is skipped, or with
/// `deny_unknown_fields` must be empty. A second status key is an error.
#[inline(always)]
pub fn unit<'de, M: MapAccess<'de>>(
    mut rest: M,
    status_key: &'static str,
    deny_unknown_fields: bool,
) -> Result<(), M::Error> {
    while let Some(key) = rest.next_key_seed(KeySeed(status_key))? {
        match key {
            Key::Status => return Err(M::Error::duplicate_field(status_key)),
            Key::Borrowed(name) if deny_unknown_fields => {
                return Err(M::Error::unknown_field(name, &[]));
            }
            Key::Other(name) if deny_unknown_fields => {
                return Err(M::Error::unknown_field(&name, &[]));
            }
            Key::Borrowed(_) | Key::Other(_) => {
                rest.next_value::<de::IgnoredAny>()?;
            }
        }
    }
    Ok(())
}

/// Collects the rest of the map, for an unlisted status of an open union.
pub fn unknown_fields<'de, M: MapAccess<'de>>(
    mut rest: M,
    status_key: &'static str,
) -> Result<UnknownFields, M::Error> {
    let mut fields = Vec::new();
    while let Some(key) = rest.next_key::<String>()? {
        if key == status_key {
            return Err(M::Error::duplicate_field(status_key));
        }
        let value = rest.next_value::<Value>()?;
        fields.push((key, value));
    }
    Ok(UnknownFields::from(fields))
}

/// Deserializes a union.
#[inline(always)]
pub fn deserialize_union<'de, T: Union<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(UnionVisitor(PhantomData))
}

struct UnionVisitor<T>(PhantomData<T>);

impl<'de, T: Union<'de>> Visitor<'de> for UnionVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    #[inline(always)]
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<T, M::Error> {
        // The fast path: the status comes first.
        match map.next_key_seed(KeySeed(T::STATUS_KEY))? {
            Some(Key::Status) => {
                let status = map.next_value_seed(StatusSeed::<T::Status>(PhantomData))?;
                T::variant(status, map)
            }
            Some(first) => status_later(first, map),
            None => without_status(map, None),
        }
    }
}

/// The status after other keys, `first` one of them: the entries before the
/// status are buffered, then replayed before the rest of the map.
fn status_later<'de, T: Union<'de>, M: MapAccess<'de>>(
    first: Key<'de>,
    mut map: M,
) -> Result<T, M::Error> {
    let slot = match replay::plan() {
        replay::Plan::Buffer => None,
        replay::Plan::Record(slot) => Some(slot),
        replay::Plan::Stream(wire) => {
            let status = string_enum_value::<T::Status, M::Error>(&wire)?;
            return T::variant(status, Unbuffered::new(first, T::STATUS_KEY, map));
        }
    };
    let mut buffered = Vec::new();
    let mut key = first;
    loop {
        match key {
            Key::Status => {
                let status = map.next_value_seed(StatusSeed::<T::Status>(PhantomData))?;
                if let Some(slot) = slot {
                    replay::record(slot, status.as_str());
                }
                return T::variant(status, Prefixed::new(buffered, map));
            }
            Key::Borrowed(name) => {
                let value = map.next_value::<Content<'de>>()?;
                buffered.push((Content::Str(name), value));
            }
            Key::Other(name) => {
                let value = map.next_value::<Content<'de>>()?;
                buffered.push((Content::String(name), value));
            }
        }
        key = match map.next_key_seed(KeySeed(T::STATUS_KEY))? {
            Some(key) => key,
            None => return without_status(Prefixed::new(buffered, map), slot),
        };
    }
}

enum Key<'de> {
    Status,
    Borrowed(&'de str),
    Other(String),
}

/// Tells the status key apart without allocating for it.
struct KeySeed(&'static str);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(if key == self.0 {
            Key::Status
        } else {
            Key::Borrowed(key)
        })
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(if key == self.0 {
            Key::Status
        } else {
            Key::Other(key.to_owned())
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(if key == self.0 {
            Key::Status
        } else {
            Key::Other(key)
        })
    }
}

/// Reads the status value into the status enum, allocating only for an
/// unlisted one of an open union; an unlisted one of a closed union is an
/// error here, where the deserializer knows its path and position.
struct StatusSeed<S>(PhantomData<S>);

impl<'de, S: WireEnum> DeserializeSeed<'de> for StatusSeed<S> {
    type Value = S;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<S: WireEnum> Visitor<'_> for StatusSeed<S> {
    type Value = S;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a status string")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<S, E> {
        string_enum_value(value)
    }
}

/// The entries read before the status, then the rest of the map.
struct Prefixed<'de, M> {
    buffered: std::vec::IntoIter<(Content<'de>, Content<'de>)>,
    value: Option<Content<'de>>,
    live: M,
}

impl<'de, M> Prefixed<'de, M> {
    fn new(buffered: Vec<(Content<'de>, Content<'de>)>, live: M) -> Self {
        Prefixed {
            buffered: buffered.into_iter(),
            value: None,
            live,
        }
    }
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Prefixed<'de, M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        match self.buffered.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(ContentDeserializer::<M::Error>::new(key))
                    .map(Some)
            }
            None => self.live.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentDeserializer::<M::Error>::new(value)),
            None => self.live.next_value_seed(seed),
        }
    }
}

/// For a re-parse that knows the status (see `replay`): the entries of the
/// map in order, straight from the input, without the status entry; `first`
/// is the key read already.
struct Unbuffered<'de, M> {
    first: Option<Key<'de>>,
    status_key: &'static str,
    /// Whether the status entry was passed: a second one is the variant's.
    skipped: bool,
    live: M,
}

impl<'de, M> Unbuffered<'de, M> {
    fn new(first: Key<'de>, status_key: &'static str, live: M) -> Self {
        Unbuffered {
            first: Some(first),
            status_key,
            skipped: false,
            live,
        }
    }
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Unbuffered<'de, M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        match self.first.take() {
            Some(Key::Status) => seed.deserialize(BorrowedStrDeserializer::new(self.status_key)),
            Some(Key::Borrowed(name)) => seed.deserialize(BorrowedStrDeserializer::new(name)),
            Some(Key::Other(name)) => seed.deserialize(StringDeserializer::new(name)),
            None => return self.next_live_key(seed),
        }
        .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        self.live.next_value_seed(seed)
    }
}

impl<'de, M: MapAccess<'de>> Unbuffered<'de, M> {
    /// The next key from the input, the status entry skipped (its value read
    /// and ignored): the key is read by the input's deserializer, which thus
    /// knows it and where it is.
    fn next_live_key<K: DeserializeSeed<'de>>(
        &mut self,
        mut seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        while !self.skipped {
            let entry = EntrySeed {
                seed,
                status_key: self.status_key,
            };
            match self.live.next_key_seed(entry)? {
                None => return Ok(None),
                Some(Entry::Key(key)) => return Ok(Some(key)),
                Some(Entry::Status(back)) => {
                    self.skipped = true;
                    self.live.next_value::<de::IgnoredAny>()?;
                    seed = back;
                }
            }
        }
        self.live.next_key_seed(seed)
    }
}

/// A key: the status key (with the seed, unused), or the seed's value.
enum Entry<K, V> {
    Status(K),
    Key(V),
}

/// Reads a key, telling the status key apart, and hands any other to `seed`.
struct EntrySeed<K> {
    seed: K,
    status_key: &'static str,
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for EntrySeed<K> {
    type Value = Entry<K, K::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for EntrySeed<K> {
    type Value = Entry<K, K::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        if key == self.status_key {
            return Ok(Entry::Status(self.seed));
        }
        self.seed
            .deserialize(BorrowedStrDeserializer::new(key))
            .map(Entry::Key)
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        if key == self.status_key {
            return Ok(Entry::Status(self.seed));
        }
        self.seed
            .deserialize(StrDeserializer::new(key))
            .map(Entry::Key)
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Self::Value, E> {
        if key == self.status_key {
            return Ok(Entry::Status(self.seed));
        }
        self.seed
            .deserialize(StringDeserializer::new(key))
            .map(Entry::Key)
    }
}

/// How `from_json` finds the wire path and position of a type error in an
/// entry buffered before the status, off the fast path.
///
/// Its re-parse with `serde_path_to_error` runs twice, on one thread: first
/// recording the status of each union object whose status comes after other
/// keys, in the order their `visit_map` is called (preorder: buffered
/// entries are replayed in order before the rest of the map, so nested
/// objects come in input order). When one was recorded, a second pass reads
/// each such object whose status is known straight from the input
/// (`Unbuffered`) instead of buffering, so that the path tracker sees its
/// keys and `serde_json` the position of its values. Objects whose status
/// comes first are neither counted nor changed: the fast path never reads
/// this state, and a status-last object reads one thread-local flag.
pub(crate) mod replay {
    use core::cell::{Cell, RefCell};

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Mode {
        Off,
        Record,
        Stream,
    }

    thread_local! {
        static MODE: Cell<Mode> = const { Cell::new(Mode::Off) };
        static TAGS: RefCell<Tags> = const { RefCell::new(Tags { tags: Vec::new(), next: 0 }) };
    }

    /// The status (its wire value, as the status enum writes it) of each
    /// status-last union object of one parse, in preorder; `None` for one
    /// whose status was not read.
    #[derive(Default)]
    pub(crate) struct Tags {
        tags: Vec<Option<String>>,
        next: usize,
    }

    impl Tags {
        /// Whether any buffered entries were replayed.
        pub(crate) fn any(&self) -> bool {
            self.tags.iter().any(Option::is_some)
        }
    }

    /// What a status-last union object does.
    pub(super) enum Plan {
        /// Buffers, as ever.
        Buffer,
        /// Buffers, and records its status in this slot.
        Record(usize),
        /// Reads its entries from the input: its status is this.
        Stream(String),
    }

    #[inline]
    pub(super) fn plan() -> Plan {
        if MODE.with(Cell::get) == Mode::Off {
            Plan::Buffer
        } else {
            replaying()
        }
    }

    #[cold]
    #[inline(never)]
    fn replaying() -> Plan {
        let mode = MODE.with(Cell::get);
        TAGS.with(|tags| {
            let tags = &mut *tags.borrow_mut();
            match mode {
                Mode::Off => Plan::Buffer,
                Mode::Record => {
                    tags.tags.push(None);
                    Plan::Record(tags.tags.len() - 1)
                }
                Mode::Stream => {
                    let slot = tags.next;
                    tags.next += 1;
                    match tags.tags.get_mut(slot).and_then(Option::take) {
                        Some(tag) => Plan::Stream(tag),
                        None => Plan::Buffer,
                    }
                }
            }
        })
    }

    /// Records the status of the object in `slot`.
    #[cold]
    #[inline(never)]
    pub(super) fn record(slot: usize, status: &str) {
        TAGS.with(|tags| {
            if let Some(recorded) = tags.borrow_mut().tags.get_mut(slot) {
                *recorded = Some(status.to_owned());
            }
        });
    }

    /// Runs `parse`, recording the status of each status-last object.
    pub(crate) fn recording<R>(parse: impl FnOnce() -> R) -> (R, Tags) {
        let session = Session::enter(Mode::Record, Tags::default());
        let result = parse();
        (result, session.leave())
    }

    /// Runs `parse`, streaming each status-last object that `tags` knows.
    pub(crate) fn streaming<R>(tags: Tags, parse: impl FnOnce() -> R) -> R {
        let session = Session::enter(Mode::Stream, Tags { next: 0, ..tags });
        let result = parse();
        drop(session.leave());
        result
    }

    /// The state before a pass, restored after it, even on a panic.
    struct Session {
        mode: Mode,
        tags: Option<Tags>,
    }

    impl Session {
        fn enter(mode: Mode, tags: Tags) -> Session {
            Session {
                mode: MODE.with(|now| now.replace(mode)),
                tags: Some(TAGS.with(|now| now.replace(tags))),
            }
        }

        /// This pass's tags.
        fn leave(mut self) -> Tags {
            let before = self.tags.take().unwrap_or_default();
            TAGS.with(|now| now.replace(before))
        }
    }

    impl Drop for Session {
        fn drop(&mut self) {
            MODE.with(|now| now.set(self.mode));
            if let Some(before) = self.tags.take() {
                TAGS.with(|now| *now.borrow_mut() = before);
            }
        }
    }
}

/// Serializes an unlisted status with its fields, as received.
pub fn serialize_unknown<S: serde::Serializer>(
    serializer: S,
    status_key: &'static str,
    status: &str,
    fields: &UnknownFields,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
    map.serialize_entry(status_key, status)?;
    for (key, value) in fields.iter() {
        map.serialize_entry(key, value)?;
    }
    map.end()
}
