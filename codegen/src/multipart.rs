//! Builders for `multipart/form-data` operations, which progenitor 0.15 cannot generate. They
//! follow progenitor's builder shape (`client.op().field(x).send().await`), down to a `send`
//! shaped like progenitor's, which the send pass ([`crate::send`]) then splits into request
//! building and the runtime's `call::execute` exactly as it does progenitor's own.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::spec::{self, resolve, Operation};
use crate::Error;

/// What one form part holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// One file (`type: string, format: binary`).
    File,
    /// Several files under one name (an array of binaries), one part each.
    Files,
    /// A string.
    Text,
    /// Several strings under one name, one part each.
    Texts,
    /// An integer, sent as text.
    Integer,
    /// A number, sent as text.
    Number,
    /// A boolean, sent as text.
    Boolean,
}

/// One part of a `multipart/form-data` body as the spec declares it.
#[derive(Debug, Clone)]
pub struct Part {
    /// The part's name on the wire.
    pub wire: String,
    /// The Rust identifier of its builder setter.
    pub ident: syn::Ident,
    /// What it holds.
    pub kind: PartKind,
    /// Whether the spec requires it.
    pub required: bool,
    /// Its description, trimmed (may be empty).
    pub doc: String,
}

/// The generated pieces for one multipart operation.
pub struct MultipartOperation {
    /// The method on `Client`.
    pub client_method: TokenStream,
    /// The builder struct and its impl (placed in `mod builder`).
    pub builder: TokenStream,
}

fn part_kind(spec: &Value, schema: &Value) -> PartKind {
    let schema = resolve(spec, schema);
    let ty = schema
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("string");
    let format = schema.get("format").and_then(Value::as_str);
    match (ty, format) {
        ("string", Some("binary" | "byte")) => PartKind::File,
        ("array", _) => {
            let items = schema.get("items").map(|i| resolve(spec, i));
            let binary = items
                .and_then(|i| i.get("format"))
                .and_then(Value::as_str)
                .is_some_and(|f| f == "binary" || f == "byte");
            if binary {
                PartKind::Files
            } else {
                PartKind::Texts
            }
        }
        ("integer", _) => PartKind::Integer,
        ("number", _) => PartKind::Number,
        ("boolean", _) => PartKind::Boolean,
        _ => PartKind::Text,
    }
}

/// The form parts of a multipart operation's request body, in spec order.
pub fn form_parts(spec: &Value, op: &Operation) -> Result<Vec<Part>, Error> {
    let body = op
        .raw
        .get("requestBody")
        .map(|b| resolve(spec, b))
        .ok_or_else(|| Error::Spec(format!("{}: multipart without requestBody", op.id)))?;
    let media = body
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| {
            c.iter()
                .find(|(k, _)| k.starts_with("multipart/form-data"))
                .map(|(_, v)| v)
        })
        .ok_or_else(|| Error::Spec(format!("{}: no multipart/form-data content", op.id)))?;
    let schema = media
        .get("schema")
        .map(|s| resolve(spec, s))
        .ok_or_else(|| Error::Spec(format!("{}: multipart body has no schema", op.id)))?;
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut parts = Vec::new();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (wire, prop_schema) in props {
            let prop = resolve(spec, prop_schema);
            let doc = prop
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim()
                .to_string();
            parts.push(Part {
                wire: wire.clone(),
                ident: spec::field_ident(wire)?,
                kind: part_kind(spec, prop_schema),
                required: required.contains(&wire.as_str()),
                doc,
            });
        }
    }
    Ok(parts)
}

/// Emits the builder for a multipart operation. `success` and `error` are the Rust types of the
/// success and error bodies; `runtime` is the path of the voiceai runtime module.
pub fn generate(
    spec: &Value,
    op: &Operation,
    success: &TokenStream,
    error: &TokenStream,
    runtime: &TokenStream,
) -> Result<MultipartOperation, Error> {
    let parts = form_parts(spec, op)?;

    // Path parameters of a multipart operation are supported; query/header ones are not.
    let params = op.parameters(spec);
    if params
        .iter()
        .any(|p| p.get("in").and_then(Value::as_str) != Some("path"))
    {
        return Err(Error::Spec(format!(
            "{}: multipart operations support path parameters only",
            op.id
        )));
    }
    let path_params: Vec<String> = params
        .iter()
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
        .collect();
    let path_docs: Vec<String> = params
        .iter()
        .map(|p| {
            let name = p.get("name").and_then(Value::as_str).unwrap_or("");
            let description = p
                .get("description")
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|d| !d.is_empty());
            match description {
                Some(d) => format!("{d}\n\nRequired."),
                None => format!("The `{name}` path parameter.\n\nRequired."),
            }
        })
        .collect();

    let struct_name = format_ident!("{}", op.id.to_upper_camel_case());
    let method_name = format_ident!("{}", op.id.to_snake_case());
    let op_id = &op.id;
    let http_method = format_ident!("{}", op.method.to_ascii_lowercase());
    // The summary and the description, as progenitor writes them on the other operations.
    let about: Vec<&str> = ["summary", "description"]
        .into_iter()
        .filter_map(|k| op.str_field(k))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    let method_doc = format!(
        "{}\n\nSends a `{}` request to `{}` with a `multipart/form-data` body.",
        about.join("\n\n"),
        op.method,
        op.path
    );
    let deprecated = op.is_deprecated().then(|| quote!(#[deprecated]));

    let path_idents = path_params
        .iter()
        .map(|p| {
            spec::ident(
                &p.to_snake_case(),
                &format!("{}: path parameter `{p}`", op.id),
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut url_fmt = op.path.clone();
    for (p, _) in path_params.iter().zip(&path_idents) {
        url_fmt = url_fmt.replace(&format!("{{{p}}}"), "{}");
    }
    let url_fmt = format!("{{}}{url_fmt}");

    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut adds = Vec::new();
    for (ident, doc) in path_idents.iter().zip(&path_docs) {
        let msg =
            format!("missing required parameter `{ident}`: call `.{ident}(..)` before `.send()`");
        fields.push(quote!(#ident: Result<::std::string::String, ::std::string::String>));
        inits.push(quote!(#ident: Err(#msg.to_string())));
        setters.push(quote! {
            #[doc = #doc]
            pub fn #ident<V: ::std::fmt::Display>(mut self, value: V) -> Self {
                self.#ident = Ok(value.to_string());
                self
            }
        });
    }
    for part in &parts {
        let ident = &part.ident;
        let wire = &part.wire;
        let (ty, setter_arg, convert): (TokenStream, TokenStream, TokenStream) = match part.kind {
            PartKind::File => (
                quote!(#runtime::multipart::FilePart),
                quote!(value: #runtime::multipart::FilePart),
                quote!(value),
            ),
            PartKind::Files => (
                quote!(::std::vec::Vec<#runtime::multipart::FilePart>),
                quote!(value: impl ::std::iter::IntoIterator<Item = #runtime::multipart::FilePart>),
                quote!(value.into_iter().collect()),
            ),
            PartKind::Text => (
                quote!(::std::string::String),
                quote!(value: impl ::std::convert::Into<::std::string::String>),
                quote!(value.into()),
            ),
            PartKind::Texts => (
                quote!(::std::vec::Vec<::std::string::String>),
                quote!(value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>),
                quote!(value.into_iter().map(::std::convert::Into::into).collect()),
            ),
            PartKind::Integer => (quote!(i64), quote!(value: i64), quote!(value)),
            PartKind::Number => (quote!(f64), quote!(value: f64), quote!(value)),
            PartKind::Boolean => (quote!(bool), quote!(value: bool), quote!(value)),
        };
        fields.push(quote!(#ident: ::std::option::Option<#ty>));
        inits.push(quote!(#ident: None));
        let doc = if part.doc.is_empty() {
            format!(
                "Form part `{wire}`{}.",
                if part.required { " (required)" } else { "" }
            )
        } else {
            format!(
                "Form part `{wire}`{}: {}",
                if part.required { " (required)" } else { "" },
                part.doc
            )
        };
        setters.push(quote! {
            #[doc = #doc]
            pub fn #ident(mut self, #setter_arg) -> Self {
                self.#ident = Some(#convert);
                self
            }
        });
        let add = match part.kind {
            PartKind::File => quote!(form.file(#wire, value);),
            PartKind::Files => quote!(for file in value { form.file(#wire, file); }),
            PartKind::Texts => quote!(for text in value { form.text(#wire, text); }),
            _ => quote!(form.text(#wire, value.to_string());),
        };
        let missing = format!("form part `{wire}` is required");
        let on_none = if part.required {
            quote!(None => return Err(Error::InvalidRequest(#missing.to_string())),)
        } else {
            quote!(None => {})
        };
        adds.push(quote! {
            match #ident {
                Some(value) => { #add }
                #on_none
            }
        });
    }
    let all_fields: Vec<_> = path_idents
        .iter()
        .cloned()
        .chain(parts.iter().map(|p| p.ident.clone()))
        .collect();
    let struct_doc =
        format!("Builder for [`Client::{method_name}`](super::Client::{method_name}).");

    let builder = quote! {
        #[doc = #struct_doc]
        #[derive(Debug, Clone)]
        pub struct #struct_name<'a> {
            client: &'a super::Client,
            #(#fields,)*
        }

        impl<'a> #struct_name<'a> {
            /// A builder with every part unset.
            pub fn new(client: &'a super::Client) -> Self {
                Self { client, #(#inits,)* }
            }

            #(#setters)*

            #[doc = #method_doc]
            pub async fn send(self) -> Result<ResponseValue<#success>, Error<#error>> {
                let Self { client, #(#all_fields,)* } = self;
                #( let #path_idents = #path_idents.map_err(Error::InvalidRequest)?; )*
                let url = format!(#url_fmt, client.baseurl, #( encode_path(&#path_idents), )*);
                let mut form = #runtime::multipart::Form::new();
                #(#adds)*
                #[allow(unused_mut)]
                let mut request = client
                    .client
                    .#http_method(url)
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    .header(::reqwest::header::CONTENT_TYPE, form.content_type())
                    .body(form.into_body())
                    .build()?;
                let info = OperationInfo { operation_id: #op_id };
                client.pre(&mut request, &info).await?;
                let result = client.exec(request, &info).await;
                client.post(&result, &info).await?;
                let response = result?;
                match response.status().as_u16() {
                    200..=299 => ResponseValue::from_response(response).await,
                    400..=599 => Err(Error::ErrorResponse(
                        ResponseValue::from_response(response).await?,
                    )),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        }
    };
    let client_method = quote! {
        #[doc = #method_doc]
        #deprecated
        pub fn #method_name(&self) -> builder::#struct_name<'_> {
            builder::#struct_name::new(self)
        }
    };
    Ok(MultipartOperation {
        client_method,
        builder,
    })
}
