//! Streams of items across pages, fetched lazily: one page in memory at a time, every request
//! through the client (so the rate limiter and retries apply).
//!
//! The generated `stream()` methods of list builders call [`offset_stream`] (Ringg:
//! `limit`/`offset`) or [`cursor_stream`] (Ringyo: `limit`/`cursor`) with a closure that fetches
//! one page.

use std::collections::{HashSet, VecDeque};
use std::future::Future;

use futures_util::stream;

use super::Error;

pub use futures_core::Stream;

/// The page size a stream asks for when the builder sets no `limit`: the largest the docs of
/// both APIs allow.
pub const DEFAULT_PAGE_SIZE: u64 = 100;

/// One page of an offset-paginated list.
#[derive(Debug)]
#[doc(hidden)]
pub struct OffsetPage<T> {
    /// The items of the page.
    pub items: Vec<T>,
    /// The total number of items, when the server states it as a number (Ringg's history may
    /// say `"many"`, which is `None`).
    pub total: Option<u64>,
}

/// One page of a cursor-paginated list.
#[derive(Debug)]
#[doc(hidden)]
pub struct CursorPage<T> {
    /// The items of the page.
    pub items: Vec<T>,
    /// The cursor of the next page, if any.
    pub next_cursor: Option<String>,
    /// Whether the server says more pages follow (`None` when it does not say).
    pub has_more: Option<bool>,
}

/// A number in any JSON form a field may take (integer, float, numeric string); `None` for
/// anything else, such as Ringg's `"many"`.
#[doc(hidden)]
pub fn as_count<T: serde::Serialize>(value: &T) -> Option<u64> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::Number(n) => n
            .as_u64()
            .or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A string field in any form (a string, or an enum that serialises to one).
#[doc(hidden)]
pub fn as_text<T: serde::Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::String(s) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// A boolean field, if it is one.
#[doc(hidden)]
pub fn as_flag<T: serde::Serialize>(value: &T) -> Option<bool> {
    serde_json::to_value(value).ok()?.as_bool()
}

/// Bounds on a `stream()`: stop after this many pages or items (both unbounded by default).
/// Reaching a bound ends the stream normally.
///
/// ```no_run
/// # async fn demo(client: voiceai::ringg::Client) -> voiceai::Result<()> {
/// use futures_util::StreamExt;
/// use voiceai::pagination::StreamLimits;
///
/// let limits = StreamLimits::new().max_items(500);
/// let mut calls = client.list_call_history().stream_with(limits);
/// while let Some(call) = calls.next().await {
///     println!("{:?}", call?.id);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StreamLimits {
    max_pages: Option<u64>,
    max_items: Option<u64>,
}

impl StreamLimits {
    /// No bound.
    pub fn new() -> Self {
        Self::default()
    }

    /// Fetch at most this many pages.
    pub fn max_pages(mut self, pages: u64) -> Self {
        self.max_pages = Some(pages);
        self
    }

    /// Yield at most this many items.
    pub fn max_items(mut self, items: u64) -> Self {
        self.max_items = Some(items);
        self
    }
}

/// What every stream keeps to stop where it must: the bounds, the counts, and what it has
/// seen of earlier pages (a server that hands back a page or a cursor it gave before would
/// keep the stream going for ever).
struct Guard {
    api: &'static str,
    operation: &'static str,
    limits: StreamLimits,
    pages: u64,
    items: u64,
    /// Fingerprints of earlier pages (offset lists) or the cursors used (cursor lists).
    seen: HashSet<u64>,
}

impl Guard {
    fn new((api, operation): (&'static str, &'static str), limits: StreamLimits) -> Self {
        Self {
            api,
            operation,
            limits,
            pages: 0,
            items: 0,
            seen: HashSet::new(),
        }
    }

    /// Whether another page may be fetched.
    fn may_fetch(&self) -> bool {
        self.limits.max_pages.is_none_or(|max| self.pages < max)
            && self.limits.max_items.is_none_or(|max| self.items < max)
    }

    /// Whether another item may be yielded (and counts it).
    fn take_item(&mut self) -> bool {
        if self.limits.max_items.is_some_and(|max| self.items >= max) {
            return false;
        }
        self.items += 1;
        true
    }

    /// Records a page's fingerprint; `false` when an earlier page had the same one.
    fn first_time(&mut self, fingerprint: u64) -> bool {
        self.pages += 1;
        self.seen.insert(fingerprint)
    }

    fn trap(&self, what: &str) -> Error {
        super::error::paging_error(
            self.api,
            self.operation,
            &format!("{what}; paging stopped to avoid a loop"),
        )
    }
}

fn hash_of(value: &impl std::hash::Hash) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(value)
}

/// A page's fingerprint: its length and its first and last items as JSON.
fn page_fingerprint<T: serde::Serialize>(items: &[T]) -> u64 {
    let json = |item: Option<&T>| item.and_then(|i| serde_json::to_vec(i).ok());
    hash_of(&(items.len(), json(items.first()), json(items.last())))
}

struct OffsetState<T, F> {
    fetch: F,
    buffer: VecDeque<T>,
    offset: u64,
    limit: u64,
    done: bool,
    guard: Guard,
}

/// Items of an offset-paginated list from `start`, `limit` per page. Stops after a page with
/// fewer than `limit` items (or none), once `offset` reaches a numeric `total`, or at a bound of
/// `limits`; a page the server returned before (a trap: full pages for ever, a huge `total`
/// over the same page) and an offset that would pass `u64::MAX` end the stream with an error.
/// An error ends the stream after it is yielded.
#[doc(hidden)]
pub fn offset_stream<T, F, Fut>(
    operation: (&'static str, &'static str),
    start: u64,
    limit: u64,
    limits: StreamLimits,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    T: serde::Serialize,
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<OffsetPage<T>, Error>>,
{
    let state = OffsetState {
        fetch,
        buffer: VecDeque::new(),
        offset: start,
        limit: limit.max(1),
        done: false,
        guard: Guard::new(operation, limits),
    };
    stream::unfold(state, move |mut s| async move {
        loop {
            if let Some(item) = s.buffer.pop_front() {
                if !s.guard.take_item() {
                    return None;
                }
                return Some((Ok(item), s));
            }
            if s.done || !s.guard.may_fetch() {
                return None;
            }
            match (s.fetch)(s.offset, s.limit).await {
                Err(e) => {
                    s.done = true;
                    return Some((Err(e), s));
                }
                Ok(page) => {
                    let n = page.items.len() as u64;
                    if n > 0 && !s.guard.first_time(page_fingerprint(&page.items)) {
                        s.done = true;
                        let e = s
                            .guard
                            .trap("the server returned a page it had returned before");
                        return Some((Err(e), s));
                    }
                    match s.offset.checked_add(n) {
                        Some(next) => s.offset = next,
                        None => {
                            s.done = true;
                            let e = s.guard.trap("the next offset would pass the largest one");
                            return Some((Err(e), s));
                        }
                    }
                    s.done = n < s.limit || page.total.is_some_and(|t| s.offset >= t);
                    s.buffer.extend(page.items);
                }
            }
        }
    })
}

struct CursorState<T, F> {
    fetch: F,
    buffer: VecDeque<T>,
    cursor: Option<String>,
    done: bool,
    guard: Guard,
}

/// Items of a cursor-paginated list, starting at `cursor` (`None`: the first page). Stops when
/// the server says `has_more: false` or gives no `next_cursor`, or at a bound of `limits`. A
/// server that hands back any cursor it gave before (A→B→A as much as A→A) would loop for
/// ever: that ends the stream with an error naming `api` and `operation`.
#[doc(hidden)]
pub fn cursor_stream<T, F, Fut>(
    operation: (&'static str, &'static str),
    cursor: Option<String>,
    limits: StreamLimits,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<CursorPage<T>, Error>>,
{
    let mut guard = Guard::new(operation, limits);
    if let Some(start) = &cursor {
        guard.seen.insert(hash_of(start));
    }
    let state = CursorState {
        fetch,
        buffer: VecDeque::new(),
        cursor,
        done: false,
        guard,
    };
    stream::unfold(state, move |mut s| async move {
        loop {
            if let Some(item) = s.buffer.pop_front() {
                if !s.guard.take_item() {
                    return None;
                }
                return Some((Ok(item), s));
            }
            if s.done || !s.guard.may_fetch() {
                return None;
            }
            match (s.fetch)(s.cursor.clone()).await {
                Err(e) => {
                    s.done = true;
                    return Some((Err(e), s));
                }
                Ok(page) => {
                    let next = page.next_cursor.filter(|c| !c.is_empty());
                    if let Some(next) = &next {
                        if !s.guard.first_time(hash_of(next)) {
                            s.done = true;
                            let e = s
                                .guard
                                .trap("the server returned a cursor it had given before");
                            return Some((Err(e), s));
                        }
                    } else {
                        s.guard.pages += 1;
                    }
                    s.done = page.has_more == Some(false) || next.is_none();
                    s.cursor = next;
                    s.buffer.extend(page.items);
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::sync::{Arc, Mutex};

    const OP: (&str, &str) = ("test", "list");

    fn offset_page(items: Vec<u64>, total: Option<u64>) -> Result<OffsetPage<u64>, Error> {
        Ok(OffsetPage { items, total })
    }

    fn cursor_page(items: Vec<u64>, next: Option<&str>) -> Result<CursorPage<u64>, Error> {
        Ok(CursorPage {
            items,
            next_cursor: next.map(str::to_string),
            has_more: Some(next.is_some()),
        })
    }

    #[tokio::test]
    async fn offset_stream_stops_on_a_short_page_and_on_total() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let seen = calls.clone();
        let items: Vec<u64> = offset_stream(OP, 0, 3, StreamLimits::new(), move |offset, limit| {
            seen.lock().unwrap().push(offset);
            async move { offset_page((offset..(offset + limit).min(7)).collect(), None) }
        })
        .map(Result::unwrap)
        .collect()
        .await;
        assert_eq!(items, (0..7).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![0, 3, 6]);

        // A full last page: the numeric total stops it without an extra request.
        let calls = Arc::new(Mutex::new(0));
        let seen = calls.clone();
        let n = offset_stream(OP, 0, 3, StreamLimits::new(), move |offset, _| {
            *seen.lock().unwrap() += 1;
            async move { offset_page(vec![offset, offset + 1, offset + 2], Some(6)) }
        })
        .count()
        .await;
        assert_eq!((n, *calls.lock().unwrap()), (6, 2));
    }

    #[tokio::test]
    async fn cursor_stream_follows_cursors_and_refuses_a_loop() {
        let items: Vec<Result<u64, Error>> =
            cursor_stream(OP, None, StreamLimits::new(), |cursor| async move {
                match cursor.as_deref() {
                    None => cursor_page(vec![1, 2], Some("b")),
                    Some("b") => cursor_page(vec![3], Some("b")),
                    _ => unreachable!(),
                }
            })
            .collect()
            .await;
        assert_eq!(items.len(), 3);
        assert!(items[..2].iter().all(Result::is_ok));
        assert!(matches!(items[2], Err(Error::Decode { .. })));
        let message = items[2].as_ref().unwrap_err().to_string();
        assert!(message.starts_with("test list: "), "{message}");
    }

    /// Pagination a server cannot trap: full pages for ever (the same page each time), a huge
    /// total over the same page, cursors cycling A→B→A, an offset near `u64::MAX`.
    #[tokio::test]
    async fn pagination_a_server_cannot_trap() {
        // The same full page for ever.
        let fetched = Arc::new(Mutex::new(0));
        let count = fetched.clone();
        let items: Vec<_> = offset_stream(OP, 0, 3, StreamLimits::new(), move |_, _| {
            *count.lock().unwrap() += 1;
            async move { offset_page(vec![7, 8, 9], Some(1_000_000_000_000_000_000)) }
        })
        .collect()
        .await;
        assert_eq!(*fetched.lock().unwrap(), 2, "the second page gives it away");
        assert_eq!(items.len(), 4);
        assert!(items
            .last()
            .unwrap()
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("before"));

        // A page that repeats an earlier one, not the one just before.
        let items: Vec<_> = offset_stream(OP, 0, 2, StreamLimits::new(), |offset, _| async move {
            offset_page(
                if offset % 4 == 0 {
                    vec![1, 2]
                } else {
                    vec![3, 4]
                },
                None,
            )
        })
        .collect()
        .await;
        assert_eq!(items.len(), 5, "{items:?}");
        assert!(items[4].is_err());

        // Cursors cycling A -> B -> A.
        let fetched = Arc::new(Mutex::new(0));
        let count = fetched.clone();
        let items: Vec<_> = cursor_stream(OP, None, StreamLimits::new(), move |cursor| {
            *count.lock().unwrap() += 1;
            async move {
                match cursor.as_deref() {
                    None => cursor_page(vec![1], Some("A")),
                    Some("A") => cursor_page(vec![2], Some("B")),
                    Some("B") => cursor_page(vec![3], Some("A")),
                    _ => unreachable!(),
                }
            }
        })
        .collect()
        .await;
        assert_eq!(*fetched.lock().unwrap(), 3);
        assert!(items.last().unwrap().is_err(), "{items:?}");
        // A starting cursor handed back counts as seen.
        let items: Vec<_> = cursor_stream(OP, Some("A".into()), StreamLimits::new(), |_| async {
            cursor_page(vec![1], Some("A"))
        })
        .collect()
        .await;
        assert!(items.last().unwrap().is_err());

        // An offset that would pass u64::MAX ends with an error, it does not wrap.
        let offsets = Arc::new(Mutex::new(Vec::new()));
        let seen = offsets.clone();
        let items: Vec<_> = offset_stream(
            OP,
            u64::MAX - 1,
            2,
            StreamLimits::new(),
            move |offset, _| {
                seen.lock().unwrap().push(offset);
                async move { offset_page(vec![offset, offset.wrapping_add(1)], None) }
            },
        )
        .collect()
        .await;
        assert_eq!(*offsets.lock().unwrap(), vec![u64::MAX - 1]);
        assert!(items
            .last()
            .unwrap()
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("offset"));
    }

    #[tokio::test]
    async fn stream_limits_bound_pages_and_items() {
        let fetched = Arc::new(Mutex::new(0));
        let count = fetched.clone();
        let items: Vec<u64> = offset_stream(
            OP,
            0,
            10,
            StreamLimits::new().max_items(25),
            move |offset, limit| {
                *count.lock().unwrap() += 1;
                async move { offset_page((offset..offset + limit).collect(), None) }
            },
        )
        .map(Result::unwrap)
        .collect()
        .await;
        assert_eq!(items, (0..25).collect::<Vec<_>>());
        assert_eq!(*fetched.lock().unwrap(), 3);
        let mut n = 0u64;
        let pages = cursor_stream(OP, None, StreamLimits::new().max_pages(4), move |_| {
            n += 1;
            let next = format!("c{n}");
            async move { cursor_page(vec![n], Some(next.as_str())) }
        })
        .count()
        .await;
        assert_eq!(pages, 4);
    }

    #[test]
    fn counts_in_every_form() {
        assert_eq!(as_count(&serde_json::json!(42)), Some(42));
        assert_eq!(as_count(&serde_json::json!(42.0)), Some(42));
        assert_eq!(as_count(&serde_json::json!("17")), Some(17));
        assert_eq!(as_count(&serde_json::json!("many")), None);
        assert_eq!(as_count(&Option::<u64>::None), None);
    }
}
