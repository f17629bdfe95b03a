//! Streams of items across pages, fetched lazily: one page in memory at a time, every request
//! through the client (so the rate limiter and retries apply).
//!
//! The generated `stream()` methods of list builders call [`offset_stream`] (Ringg:
//! `limit`/`offset`) or [`cursor_stream`] (Ringyo: `limit`/`cursor`) with a closure that fetches
//! one page.

use std::collections::VecDeque;
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

struct OffsetState<T, F> {
    fetch: F,
    buffer: VecDeque<T>,
    offset: u64,
    limit: u64,
    done: bool,
}

/// Items of an offset-paginated list from `start`, `limit` per page. Stops after a page with
/// fewer than `limit` items (or none), or once `offset` reaches a numeric `total`; an error ends
/// the stream after it is yielded.
#[doc(hidden)]
pub fn offset_stream<T, F, Fut>(
    start: u64,
    limit: u64,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<OffsetPage<T>, Error>>,
{
    let state = OffsetState {
        fetch,
        buffer: VecDeque::new(),
        offset: start,
        limit: limit.max(1),
        done: false,
    };
    stream::unfold(state, move |mut s| async move {
        loop {
            if let Some(item) = s.buffer.pop_front() {
                return Some((Ok(item), s));
            }
            if s.done {
                return None;
            }
            match (s.fetch)(s.offset, s.limit).await {
                Err(e) => {
                    s.done = true;
                    return Some((Err(e), s));
                }
                Ok(page) => {
                    let n = page.items.len() as u64;
                    s.offset += n;
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
}

/// Items of a cursor-paginated list, starting at `cursor` (`None`: the first page). Stops when
/// the server says `has_more: false` or gives no `next_cursor`. A server that hands back the
/// cursor it was given would loop for ever: that ends the stream with an error naming `api`
/// and `operation`.
#[doc(hidden)]
pub fn cursor_stream<T, F, Fut>(
    (api, operation): (&'static str, &'static str),
    cursor: Option<String>,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<CursorPage<T>, Error>>,
{
    let state = CursorState {
        fetch,
        buffer: VecDeque::new(),
        cursor,
        done: false,
    };
    stream::unfold(state, move |mut s| async move {
        loop {
            if let Some(item) = s.buffer.pop_front() {
                return Some((Ok(item), s));
            }
            if s.done {
                return None;
            }
            match (s.fetch)(s.cursor.clone()).await {
                Err(e) => {
                    s.done = true;
                    return Some((Err(e), s));
                }
                Ok(page) => {
                    let next = page.next_cursor.filter(|c| !c.is_empty());
                    if next.is_some() && next == s.cursor {
                        s.done = true;
                        return Some((Err(super::error::repeated_cursor(api, operation)), s));
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

    #[tokio::test]
    async fn offset_stream_stops_on_a_short_page_and_on_total() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let seen = calls.clone();
        let items: Vec<u32> = offset_stream(0, 3, move |offset, limit| {
            seen.lock().unwrap().push(offset);
            async move {
                let items: Vec<u32> = (offset..(offset + limit).min(7))
                    .map(|i| i as u32)
                    .collect();
                Ok(OffsetPage { items, total: None })
            }
        })
        .map(Result::unwrap)
        .collect()
        .await;
        assert_eq!(items, (0..7).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![0, 3, 6]);

        // A full last page: the numeric total stops it without an extra request.
        let calls = Arc::new(Mutex::new(0));
        let seen = calls.clone();
        let n = offset_stream(0, 3, move |offset, _| {
            *seen.lock().unwrap() += 1;
            async move {
                Ok(OffsetPage {
                    items: vec![offset; 3],
                    total: Some(6),
                })
            }
        })
        .count()
        .await;
        assert_eq!((n, *calls.lock().unwrap()), (6, 2));
    }

    #[tokio::test]
    async fn cursor_stream_follows_cursors_and_refuses_a_loop() {
        let items: Vec<Result<u32, Error>> =
            cursor_stream(("test", "list"), None, |cursor| async move {
                Ok(match cursor.as_deref() {
                    None => CursorPage {
                        items: vec![1, 2],
                        next_cursor: Some("b".into()),
                        has_more: Some(true),
                    },
                    Some("b") => CursorPage {
                        items: vec![3],
                        next_cursor: Some("b".into()),
                        has_more: Some(true),
                    },
                    _ => unreachable!(),
                })
            })
            .collect()
            .await;
        assert_eq!(items.len(), 3);
        assert!(items[..2].iter().all(Result::is_ok));
        assert!(matches!(items[2], Err(Error::Decode { .. })));
        let message = items[2].as_ref().unwrap_err().to_string();
        assert!(message.starts_with("test list: "), "{message}");
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
