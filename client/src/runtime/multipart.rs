//! `multipart/form-data` bodies, built in memory so that a request can be cloned (and so
//! retried when it never reached the server) and its bytes checked in tests.

use bytes::{BufMut, Bytes, BytesMut};

/// A file to upload as one form part.
#[derive(Clone, PartialEq, Eq)]
pub struct FilePart {
    file_name: String,
    content_type: String,
    bytes: Bytes,
}

impl std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl FilePart {
    /// A file with an explicit content type.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Self {
            file_name: sanitize(&file_name.into()),
            content_type: sanitize(&content_type.into()),
            bytes: bytes.into(),
        }
    }

    /// A CSV file (`text/csv`).
    pub fn csv(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        Self::new(file_name, "text/csv", bytes)
    }

    /// A file whose content type is guessed from its extension (pdf, txt, csv, docx, json, md;
    /// otherwise `application/octet-stream`).
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let ext = file_name
            .rsplit('.')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let content_type = match ext.as_str() {
            "pdf" => "application/pdf",
            "txt" => "text/plain",
            "csv" => "text/csv",
            "md" => "text/markdown",
            "json" => "application/json",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc" => "application/msword",
            _ => "application/octet-stream",
        };
        Self::new(file_name, content_type, bytes)
    }

    /// Reads a file from disk.
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let bytes = tokio::fs::read(path).await?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".to_string());
        Ok(Self::from_bytes(name, bytes))
    }

    /// The file name sent in `Content-Disposition`.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

/// Quotes and line breaks cannot appear inside a header parameter.
fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' | '\r' | '\n' | '\\' => '_',
            c => c,
        })
        .collect()
}

/// A form under construction.
#[derive(Debug)]
pub struct Form {
    boundary: String,
    body: BytesMut,
}

impl Default for Form {
    fn default() -> Self {
        Self::new()
    }
}

impl Form {
    /// An empty form with a random boundary.
    pub fn new() -> Self {
        Self {
            boundary: format!(
                "voiceai-{:016x}{:016x}",
                fastrand::u64(..),
                fastrand::u64(..)
            ),
            body: BytesMut::new(),
        }
    }

    fn part_header(&mut self, name: &str) {
        self.body.put_slice(b"--");
        self.body.put_slice(self.boundary.as_bytes());
        self.body
            .put_slice(b"\r\nContent-Disposition: form-data; name=\"");
        self.body.put_slice(sanitize(name).as_bytes());
        self.body.put_slice(b"\"");
    }

    /// Adds a text part.
    pub fn text(&mut self, name: &str, value: impl AsRef<str>) {
        self.part_header(name);
        self.body.put_slice(b"\r\n\r\n");
        self.body.put_slice(value.as_ref().as_bytes());
        self.body.put_slice(b"\r\n");
    }

    /// Adds a file part.
    pub fn file(&mut self, name: &str, file: FilePart) {
        self.part_header(name);
        self.body.put_slice(b"; filename=\"");
        self.body.put_slice(file.file_name.as_bytes());
        self.body.put_slice(b"\"\r\nContent-Type: ");
        self.body.put_slice(file.content_type.as_bytes());
        self.body.put_slice(b"\r\n\r\n");
        self.body.put_slice(&file.bytes);
        self.body.put_slice(b"\r\n");
    }

    /// The `Content-Type` header value, with the boundary.
    pub fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    /// The finished body.
    pub fn into_body(mut self) -> Bytes {
        self.body.put_slice(b"--");
        self.body.put_slice(self.boundary.as_bytes());
        self.body.put_slice(b"--\r\n");
        self.body.freeze()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_encodes_text_and_file_parts() {
        let mut form = Form::new();
        form.text("name", "Spring \"promo\"");
        form.file("file", FilePart::csv("list.csv", "phone\n+14155550100\n"));
        let boundary = form.boundary.clone();
        assert_eq!(
            form.content_type(),
            format!("multipart/form-data; boundary={boundary}")
        );
        let body = String::from_utf8(form.into_body().to_vec()).unwrap();
        let expected = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nSpring \"promo\"\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n\
             Content-Type: text/csv\r\n\r\nphone\n+14155550100\n\r\n--{b}--\r\n",
            b = boundary
        );
        assert_eq!(body, expected);
    }

    #[test]
    fn file_names_cannot_break_the_header() {
        let part = FilePart::csv("a\"b\r\n.csv", "x");
        assert_eq!(part.file_name(), "a_b__.csv");
    }
}
