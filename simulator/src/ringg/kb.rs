//! Knowledge bases: multipart create and edit, list, get, delete. Processing runs on the
//! clock: `pending` for [`PENDING_SECONDS`], then `processing` until every item is ready.

use serde_json::{Map, Value};
use voiceai::ringg::types;

use super::{bad_request, not_found, validation, Answer, State};
use crate::{iso8601_micros, Ctx, Form, Part, Reply, Req};

pub const PENDING_SECONDS: f64 = 2.0;
pub const MAX_FILES: usize = 10;
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_TOTAL_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_URLS: usize = 20;
/// File types the simulated processing reads; others fail.
const READABLE: [&str; 9] = [
    "pdf", "txt", "docx", "doc", "csv", "md", "html", "json", "xlsx",
];

/// What a knowledge-base item is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KbItemKind {
    File,
    Url,
    Faq,
}

/// A file, URL or FAQ of a knowledge base.
#[derive(Clone, Debug)]
pub struct KbItem {
    pub file_id: String,
    pub kind: KbItemKind,
    /// File name or URL.
    pub name: String,
    pub file_type: String,
    pub size: i64,
    /// A FAQ's `{question, answer}`.
    pub content: Map<String, Value>,
    pub ready_at: f64,
    pub failed: bool,
}

/// A knowledge base.
#[derive(Clone, Debug)]
pub struct KnowledgeBase {
    pub id: String,
    pub name: String,
    pub created_at: f64,
    pub updated_at: f64,
    pub items: Vec<KbItem>,
}

impl KnowledgeBase {
    pub fn status(&self, now: f64) -> types::KnowledgeBaseStatus {
        if now < self.created_at + PENDING_SECONDS {
            types::KnowledgeBaseStatus::Pending
        } else if self.items.iter().any(|i| now < i.ready_at) {
            types::KnowledgeBaseStatus::Processing
        } else if !self.items.is_empty() && self.items.iter().all(|i| i.failed) {
            types::KnowledgeBaseStatus::Failed
        } else {
            types::KnowledgeBaseStatus::Completed
        }
    }

    fn path(&self, name: &str) -> String {
        let slug: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        format!(
            "kb/{}/{}",
            &self.id[..8.min(self.id.len())],
            slug.trim_matches('-')
        )
    }
}

/// A JSON-valued form part.
fn json_part<T: serde::de::DeserializeOwned>(
    parts: &[Part],
    name: &str,
) -> Result<Option<T>, Reply> {
    match parts.text(name) {
        None => Ok(None),
        Some(t) if t.trim().is_empty() => Ok(None),
        Some(t) => serde_json::from_str(&t)
            .map(Some)
            .map_err(|e| validation(&["body", name], &format!("not the expected JSON: {e}"))),
    }
}

/// New items from files, URLs and FAQs, ready one after another from `start`.
fn new_items(
    files: &[&Part],
    urls: Vec<String>,
    faqs: Vec<Map<String, Value>>,
    start: f64,
    ctx: &mut Ctx,
) -> Result<Vec<KbItem>, Reply> {
    // A part without a file name is a text field, not an upload (FastAPI: 422).
    if files.iter().any(|f| f.filename.is_none()) {
        return Err(validation(&["body", "files"], "expected an uploaded file"));
    }
    if files.len() > MAX_FILES {
        return Err(bad_request(
            &format!("at most {MAX_FILES} files per request"),
            ctx,
        ));
    }
    if urls.len() > MAX_URLS {
        return Err(bad_request(&format!("at most {MAX_URLS} URLs"), ctx));
    }
    if files.iter().any(|f| f.data.len() > MAX_FILE_BYTES) {
        return Err(bad_request("each file may be at most 2 MB", ctx));
    }
    if files.iter().map(|f| f.data.len()).sum::<usize>() > MAX_TOTAL_BYTES {
        return Err(bad_request("files may be at most 5 MB in all", ctx));
    }
    if let Some(bad) = urls
        .iter()
        .find(|u| !url::Url::parse(u).is_ok_and(|u| matches!(u.scheme(), "http" | "https")))
    {
        return Err(validation(
            &["body", "urls"],
            &format!("`{bad}` is not an http(s) URL"),
        ));
    }
    if faqs
        .iter()
        .any(|f| !f.contains_key("question") || !f.contains_key("answer"))
    {
        return Err(validation(
            &["body", "faqs"],
            "each FAQ needs a question and an answer",
        ));
    }
    let mut items = Vec::new();
    let mut ready = start + 5.0;
    for file in files {
        let name = file.filename.clone().unwrap_or_else(|| "file".into());
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        ready += 2.0;
        items.push(KbItem {
            file_id: ctx.uuid(),
            kind: KbItemKind::File,
            failed: !READABLE.contains(&ext.as_str()),
            file_type: ext,
            name,
            size: file.data.len() as i64,
            content: Map::new(),
            ready_at: ready,
        });
    }
    for url in urls {
        ready += 2.0;
        items.push(KbItem {
            file_id: ctx.uuid(),
            kind: KbItemKind::Url,
            name: url,
            file_type: "url".into(),
            size: 10_240,
            content: Map::new(),
            ready_at: ready,
            failed: false,
        });
    }
    for faq in faqs {
        ready += 2.0;
        items.push(KbItem {
            file_id: ctx.uuid(),
            kind: KbItemKind::Faq,
            name: String::new(),
            file_type: "faq".into(),
            size: serde_json::to_string(&faq).map_or(0, |s| s.len() as i64),
            content: faq,
            ready_at: ready,
            failed: false,
        });
    }
    Ok(items)
}

impl State {
    fn kb_index(&self, id: &str, ctx: &Ctx) -> Result<usize, Reply> {
        self.kbs
            .iter()
            .position(|k| k.id == id)
            .ok_or_else(|| not_found("knowledge base", id, ctx))
    }

    pub(super) fn create_kb(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let parts = req.form().map_err(|m| validation(&["body"], &m))?;
        let parts: &[Part] = &parts;
        let name = parts
            .text("kb_name")
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| validation(&["body", "kb_name"], "field required"))?;
        let urls: Vec<String> = json_part(parts, "urls")?.unwrap_or_default();
        let faqs: Vec<Map<String, Value>> = json_part(parts, "faqs")?.unwrap_or_default();
        let mut files = parts.parts("files");
        files.extend(parts.parts("files[]"));
        let items = new_items(&files, urls, faqs, ctx.now + PENDING_SECONDS, ctx)?;
        let kb = KnowledgeBase {
            id: ctx.uuid(),
            name,
            created_at: ctx.now,
            updated_at: ctx.now,
            items,
        };
        let queued = kb
            .items
            .iter()
            .filter(|i| i.kind != KbItemKind::Faq)
            .count();
        let answer = types::CreateKnowledgeBaseResponse {
            kb_id: Some(kb.id.clone()),
            processing_status: Some(kb.status(ctx.now)),
            files_queued: Some(queued as i64),
            message: Some("Knowledge base created; files are being processed".into()),
        };
        self.kbs.push(kb);
        Ok(Reply::ok(&answer))
    }

    pub(super) fn edit_kb(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let parts = req.form().map_err(|m| validation(&["body"], &m))?;
        let parts: &[Part] = &parts;
        let id = parts
            .text("kb_id")
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| validation(&["body", "kb_id"], "field required"))?;
        let index = self.kb_index(id.trim(), ctx)?;
        let files_to_remove: Vec<String> = json_part(parts, "files_to_remove")?.unwrap_or_default();
        let urls_to_remove: Vec<String> = json_part(parts, "urls_to_remove")?.unwrap_or_default();
        let faqs_to_remove: Vec<String> = json_part(parts, "faqs_to_remove")?.unwrap_or_default();
        let new_urls: Vec<String> = json_part(parts, "new_urls")?.unwrap_or_default();
        let new_faqs: Vec<Map<String, Value>> = json_part(parts, "new_faqs")?.unwrap_or_default();
        let _metadata: Option<Map<String, Value>> = json_part(parts, "new_files_metadata")?;
        let mut files = parts.parts("new_files");
        files.extend(parts.parts("new_files[]"));
        let added = new_items(&files, new_urls, new_faqs, ctx.now, ctx)?;
        let kb = &mut self.kbs[index];
        let before = kb.items.len();
        kb.items.retain(|i| match i.kind {
            KbItemKind::File => !files_to_remove.contains(&i.file_id),
            KbItemKind::Url => !urls_to_remove.contains(&i.name),
            KbItemKind::Faq => !faqs_to_remove.contains(&i.file_id),
        });
        let removed = before - kb.items.len();
        let new_files: Vec<_> = added
            .iter()
            .filter(|i| i.kind == KbItemKind::File)
            .map(|i| types::EditKnowledgeBaseResponseNewFilesItem {
                file_id: Some(i.file_id.clone()),
                filename: Some(i.name.clone()),
                processing_status: Some(types::KnowledgeBaseStatus::Pending),
            })
            .collect();
        kb.items.extend(added);
        kb.updated_at = ctx.now;
        Ok(Reply::ok(&types::EditKnowledgeBaseResponse {
            kb_id: Some(kb.id.clone()),
            message: Some("Knowledge base updated".into()),
            items_removed: Some(removed as i64),
            new_files_queued: Some(new_files.len() as i64),
            new_files,
        }))
    }

    pub(super) fn list_kbs(&mut self) -> Answer {
        let list = self
            .kbs
            .iter()
            .map(|k| types::KnowledgeBaseSummary {
                kb_id: k.id.clone(),
                kb_name: Some(k.name.clone()),
                type_: Some("non_deterministic".into()),
                created_at: Some(iso8601_micros(k.created_at)),
            })
            .collect();
        Ok(Reply::ok(&types::ListKnowledgeBasesResponse::Array(list)))
    }

    pub(super) fn get_kb(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let kb = &self.kbs[self.kb_index(req.param("kb_id"), ctx)?];
        let of = |kind: KbItemKind| kb.items.iter().filter(move |i| i.kind == kind);
        let body = types::KnowledgeBase {
            kb_id: kb.id.clone(),
            kb_name: Some(kb.name.clone()),
            status: Some(kb.status(ctx.now)),
            created_at: Some(iso8601_micros(kb.created_at)),
            updated_at: Some(iso8601_micros(kb.updated_at)),
            files: of(KbItemKind::File)
                .map(|i| types::KnowledgeBaseFile {
                    file_id: Some(i.file_id.clone()),
                    filename: Some(i.name.clone()),
                    file_type: Some(i.file_type.clone()),
                    file_size: Some(i.size),
                    file_path: Some(kb.path(&i.name)),
                })
                .collect(),
            urls: of(KbItemKind::Url)
                .map(|i| types::KnowledgeBaseUrl {
                    file_id: Some(i.file_id.clone()),
                    url: Some(i.name.clone()),
                    file_type: Some(i.file_type.clone()),
                    file_size: Some(i.size),
                    file_path: Some(kb.path(&format!("{}.txt", i.name))),
                })
                .collect(),
            faqs: of(KbItemKind::Faq)
                .map(|i| types::KnowledgeBaseFaq {
                    file_id: Some(i.file_id.clone()),
                    file_type: Some(i.file_type.clone()),
                    file_size: Some(i.size),
                    content: i.content.clone(),
                })
                .collect(),
        };
        Ok(Reply::ok(&types::GetKnowledgeBaseResponse::KnowledgeBase(
            body,
        )))
    }

    pub(super) fn delete_kb(&mut self, req: &Req, ctx: &mut Ctx) -> Answer {
        let index = self.kb_index(req.param("kb_id"), ctx)?;
        let kb = self.kbs.remove(index);
        for agent in &mut self.agents {
            agent.kb_ids.retain(|k| *k != kb.id);
        }
        Ok(Reply::ok(&types::DeleteKnowledgeBaseResponse {
            message: Some("Knowledge base deleted successfully".into()),
            kb_id: Some(kb.id),
        }))
    }
}
