//! A [clap](https://docs.rs/clap) command line for every operation, built on progenitor's
//! `Generator::cli`: one subcommand per operation (path and query parameters and scalar body
//! fields as flags, the whole body from a JSON file), a `Cli` that runs them through the
//! generated client, and a `CliConfig` trait through which the program decides how output and
//! errors look and can adjust each request.
//!
//! progenitor gets the same view of the spec the httpmock helpers get: multipart operations stay
//! there without their request body, so their subcommands, path parameters and typed responses
//! come from progenitor. This module then adjusts the output:
//!
//! - one flag per form part of a multipart operation: file parts take a path (repeatable for
//!   several files), text, number and boolean parts take the value;
//! - `--all` on list operations whose builder has `stream()`: every page is fetched and each item
//!   passed to `CliConfig::list_item` (progenitor only pages Dropshot-style APIs);
//! - `--body-json FILE` (`-` reads stdin; progenitor's `--json-body` stays as an alias) is read
//!   first, so that per-field flags override fields of the file instead of being dropped;
//! - progenitor's placeholder `--json-body-template` flag is removed;
//! - a command's `about` is the operation's summary and its `long_about` the summary and the
//!   description, so that the list of 41 subcommands stays one line each (`--help` on a
//!   subcommand shows the whole text);
//! - `schemars::JsonSchema` is dropped from the `CliConfig` bounds (the types do not derive it);
//! - array parameters (progenitor asks clap to parse a `Vec<T>` from one value, which clap
//!   cannot) become repeatable flags;
//! - `CliCommand::items_pointer` tells where the items of a list response sit, for table output;
//! - a body field the spec requires is required unless `--body-json` is given, which clap's help
//!   does not show: its help text says so (`[required unless --body-json]`).

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use syn::visit_mut::VisitMut;

use crate::multipart::{self, PartKind};
use crate::pagination::{self, stream_kind};
use crate::spec::Operation;
use crate::{format, progenitor, Config, Error, Prepared};

/// Formatted source of the CLI module, with the "do not edit" header. `client_path` is the path
/// of the module that holds the generated client (its `Client`, `types` and `builder`), e.g.
/// `crate::ringg::generated`.
pub fn generate_file(
    prepared: &Prepared,
    config: &Config,
    client_path: &str,
) -> Result<String, Error> {
    format::file(
        generate_tokens(prepared, config, client_path)?,
        &config.spec_label,
    )
}

/// The token stream of the CLI module; see [`generate_file`].
pub fn generate_tokens(
    prepared: &Prepared,
    config: &Config,
    client_path: &str,
) -> Result<TokenStream, Error> {
    let runtime = &config.runtime;
    let spec = &prepared.spec;
    let mut file =
        progenitor::parse(progenitor::generator(runtime).cli(&prepared.surface_view, client_path))?;

    StripJsonSchemaBound.visit_file_mut(&mut file);
    BodyJsonFlag.visit_file_mut(&mut file);
    ArrayArgs.visit_file_mut(&mut file);
    RequiredInHelp.visit_file_mut(&mut file);

    for op in &prepared.operations {
        let fn_suffix = op.id.to_snake_case();
        let mut args = Vec::new();
        let mut consumers = Vec::new();
        let mut after_hook = None;
        if op.is_multipart(spec) {
            for part in multipart::form_parts(spec, op)? {
                let (arg, consumer) = form_part_flag(&part, runtime);
                args.push(arg);
                consumers.push(consumer);
            }
        }
        if stream_kind(spec, op).is_some() {
            let (_, item) = pagination::items(spec, op)?;
            args.push(quote! {
                ::clap::Arg::new("all")
                    .long("all")
                    .action(::clap::ArgAction::SetTrue)
                    .help("Fetch every page (--limit sets the page size) and print all items as one JSON array")
            });
            after_hook = Some(quote! {
                if matches.get_flag("all") {
                    self.config.list_start::<types::#item>();
                    let mut stream = request.stream();
                    loop {
                        let next = ::std::future::poll_fn(|cx| {
                            #runtime::pagination::Stream::poll_next(stream.as_mut(), cx)
                        })
                        .await;
                        match next {
                            None => {
                                self.config.list_end_success::<types::#item>();
                                return Ok(());
                            }
                            Some(Ok(value)) => self.config.list_item(&value),
                            Some(Err(error)) => {
                                self.config.list_end_stream_error(&error);
                                return Err(anyhow::Error::new(error));
                            }
                        }
                    }
                }
            });
        }
        let cli_fn = cli_impl_fn(&mut file, &format!("cli_{fn_suffix}"))?;
        if op.is_deprecated() {
            MarkDeprecated.visit_block_mut(&mut cli_fn.block);
        }
        SplitAbout.visit_block_mut(&mut cli_fn.block);
        if !args.is_empty() {
            let stmts = &cli_fn.block.stmts;
            cli_fn.block = syn::parse2(quote!({ #(#stmts)* #(.arg(#args))* }))?;
        }
        let execute_fn = cli_impl_fn(&mut file, &format!("execute_{fn_suffix}"))?;
        reorder_body_json(&mut execute_fn.block);
        let hook_call = format!("self . config . execute_{fn_suffix}");
        let hook = execute_fn
            .block
            .stmts
            .iter()
            .position(|stmt| quote!(#stmt).to_string().contains(&hook_call))
            .ok_or_else(|| Error::Syntax(format!("execute_{fn_suffix} calls no hook")))?;
        if let Some(tokens) = after_hook {
            let stmt: syn::Stmt = syn::parse2(tokens)?;
            execute_fn.block.stmts.insert(hook + 1, stmt);
        }
        for (i, consumer) in consumers.into_iter().enumerate() {
            let stmt: syn::Stmt = syn::parse2(consumer)?;
            execute_fn.block.stmts.insert(hook + i, stmt);
        }
    }

    add_stream_error_hook(&mut file, runtime)?;
    // The `CliConfig` hooks have unused arguments by design, and the commands of deprecated
    // operations call deprecated methods on purpose.
    file.attrs
        .push(syn::parse_quote!(#![allow(unused_variables, deprecated)]));
    let items_pointer = items_pointer_tokens(spec, &prepared.operations);
    let extra: syn::File = syn::parse2(quote! {
        /// The text of a request body given as `--body-json FILE`; `-` reads standard input.
        fn read_body_text(path: &::std::path::Path) -> ::std::io::Result<::std::string::String> {
            if path.as_os_str() == "-" {
                let mut text = ::std::string::String::new();
                ::std::io::Read::read_to_string(&mut ::std::io::stdin(), &mut text)?;
                Ok(text)
            } else {
                ::std::fs::read_to_string(path)
            }
        }

        #items_pointer
    })?;
    file.items.extend(extra.items);
    Ok(quote!(#file))
}

/// The clap argument and the request-builder code for one form part.
fn form_part_flag(part: &multipart::Part, runtime: &TokenStream) -> (TokenStream, TokenStream) {
    let name = part.wire.to_kebab_case();
    let ident = &part.ident;
    let required = part.required;
    let mut help = if part.doc.is_empty() {
        format!("Form part `{}`.", part.wire)
    } else {
        part.doc.clone()
    };
    let (value_name, ty, many) = match part.kind {
        PartKind::File => ("PATH", quote!(::std::path::PathBuf), false),
        PartKind::Files => ("PATH", quote!(::std::path::PathBuf), true),
        PartKind::Text => ("TEXT", quote!(::std::string::String), false),
        PartKind::Texts => ("TEXT", quote!(::std::string::String), true),
        PartKind::Integer => ("INTEGER", quote!(i64), false),
        PartKind::Number => ("NUMBER", quote!(f64), false),
        PartKind::Boolean => ("BOOL", quote!(bool), false),
    };
    if matches!(part.kind, PartKind::File | PartKind::Files) {
        help = format!("{}: a path to the file.", help.trim_end_matches('.'));
    }
    if many {
        help.push_str(" Repeat the flag for several values.");
    }
    let action = if many {
        quote!(.action(::clap::ArgAction::Append))
    } else {
        quote!()
    };
    let arg = quote! {
        ::clap::Arg::new(#name)
            .long(#name)
            .value_name(#value_name)
            .value_parser(::clap::value_parser!(#ty))
            .required(#required)
            #action
            .help(#help)
    };
    let read_file = quote! {
        #runtime::multipart::FilePart::from_path(path)
            .await
            .with_context(|| format!("failed to read {}", path.display()))?
    };
    let consumer = match part.kind {
        PartKind::File => quote! {
            if let Some(path) = matches.get_one::<#ty>(#name) {
                let part = #read_file;
                request = request.#ident(part);
            }
        },
        PartKind::Files => quote! {
            if let Some(paths) = matches.get_many::<#ty>(#name) {
                let mut parts = ::std::vec::Vec::new();
                for path in paths {
                    parts.push(#read_file);
                }
                request = request.#ident(parts);
            }
        },
        PartKind::Texts => quote! {
            if let Some(values) = matches.get_many::<#ty>(#name) {
                request = request.#ident(values.cloned());
            }
        },
        PartKind::Text => quote! {
            if let Some(value) = matches.get_one::<#ty>(#name) {
                request = request.#ident(value.clone());
            }
        },
        _ => quote! {
            if let Some(value) = matches.get_one::<#ty>(#name) {
                request = request.#ident(*value);
            }
        },
    };
    (arg, consumer)
}

/// A method of the inherent `impl Cli<T>` block.
fn cli_impl_fn<'a>(file: &'a mut syn::File, name: &str) -> Result<&'a mut syn::ImplItemFn, Error> {
    file.items
        .iter_mut()
        .filter_map(|item| match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => match &*imp.self_ty {
                syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Cli") => {
                    Some(imp)
                }
                _ => None,
            },
            _ => None,
        })
        .flat_map(|imp| imp.items.iter_mut())
        .find_map(|item| match item {
            syn::ImplItem::Fn(f) if f.sig.ident == name => Some(f),
            _ => None,
        })
        .ok_or_else(|| Error::Syntax(format!("progenitor emitted no `Cli::{name}`")))
}

/// Moves the statement that reads `--body-json` right after the builder is created, so that
/// per-field flags (applied with `body_map`) change the file's body instead of being replaced by
/// it.
fn reorder_body_json(block: &mut syn::Block) {
    if let Some(pos) = block
        .stmts
        .iter()
        .position(|stmt| quote!(#stmt).to_string().contains("\"json-body\""))
    {
        let stmt = block.stmts.remove(pos);
        block.stmts.insert(1.min(block.stmts.len()), stmt);
    }
}

/// `CliConfig::list_end_stream_error`: paging with `--all` fails with the runtime's error, not
/// a progenitor error.
fn add_stream_error_hook(file: &mut syn::File, runtime: &TokenStream) -> Result<(), Error> {
    let config = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Trait(t) if t.ident == "CliConfig" => Some(t),
            _ => None,
        })
        .ok_or_else(|| Error::Syntax("progenitor emitted no `trait CliConfig`".into()))?;
    // The commands run the builders' `send()`, which answers `voiceai::Response<T>` or
    // `voiceai::Error`: the hooks take those instead of progenitor's types.
    for item in config.items.iter_mut() {
        let syn::TraitItem::Fn(f) = item else {
            continue;
        };
        let name = f.sig.ident.to_string();
        match name.as_str() {
            "success_item" | "success_no_item" => {
                RetypeResponse(runtime.clone()).visit_signature_mut(&mut f.sig);
            }
            "error" | "list_end_error" => {
                let ident = &f.sig.ident;
                *item = syn::parse2(quote! {
                    fn #ident(&self, error: &#runtime::Error);
                })?;
            }
            _ => {}
        }
    }
    config.items.push(syn::parse2(quote! {
        /// Called when fetching every page (`--all`) fails part-way; the items already passed
        /// to `list_item` were received.
        fn list_end_stream_error(&self, error: &#runtime::Error);
    })?);
    Ok(())
}

/// `ResponseValue<T>` becomes the runtime's `Response<T>`.
struct RetypeResponse(TokenStream);

impl VisitMut for RetypeResponse {
    fn visit_type_path_mut(&mut self, ty: &mut syn::TypePath) {
        syn::visit_mut::visit_type_path_mut(self, ty);
        let Some(last) = ty.path.segments.last() else {
            return;
        };
        if last.ident == "ResponseValue" {
            let args = &last.arguments;
            let runtime = &self.0;
            *ty = syn::parse_quote!(#runtime::Response #args);
        }
    }
}

/// `CliCommand::items_pointer`: where the items of a list response sit (a JSON pointer), for
/// `GET` operations whose response holds one list of objects.
fn items_pointer_tokens(spec: &Value, operations: &[Operation]) -> TokenStream {
    let arms = operations.iter().filter_map(|op| {
        if op.method != "GET" {
            return None;
        }
        let pointer = pagination::list_pointer(spec, op)?;
        let variant = format_ident!("{}", op.id.to_upper_camel_case());
        Some(quote!(CliCommand::#variant => ::std::option::Option::Some(#pointer),))
    });
    quote! {
        impl CliCommand {
            /// Where the items of this operation's response sit, as a JSON pointer (`""` for a
            /// bare array), when the response is a list of objects.
            pub fn items_pointer(&self) -> ::std::option::Option<&'static str> {
                match self {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    }
}

/// Drops `schemars::JsonSchema` from every bound: progenitor's `CliConfig` asks for it, the
/// generated types do not derive it, and the output needs only `Serialize` and `Debug`.
struct StripJsonSchemaBound;

impl VisitMut for StripJsonSchemaBound {
    fn visit_predicate_type_mut(&mut self, predicate: &mut syn::PredicateType) {
        predicate.bounds = std::mem::take(&mut predicate.bounds)
            .into_iter()
            .filter(|bound| {
                !matches!(bound, syn::TypeParamBound::Trait(t)
                    if t.path.segments.last().is_some_and(|s| s.ident == "JsonSchema"))
            })
            .collect();
        syn::visit_mut::visit_predicate_type_mut(self, predicate);
    }
}

/// `--json-body` becomes `--body-json` (the old name stays as an alias) reading `-` as stdin;
/// the unused `--json-body-template` flag goes.
struct BodyJsonFlag;

impl VisitMut for BodyJsonFlag {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        while let syn::Expr::MethodCall(call) = expr {
            let first_arg = call.args.first().map(|a| quote!(#a).to_string());
            match (call.method.to_string().as_str(), first_arg.as_deref()) {
                ("arg", Some(arg)) if arg.contains("\"json-body-template\"") => {
                    *expr = (*call.receiver).clone();
                }
                ("long", Some("\"json-body\"")) => {
                    let receiver = &call.receiver;
                    *expr = syn::parse_quote!(#receiver.long("body-json").alias("json-body"));
                    break;
                }
                ("help", Some(help)) if help.contains("the full json body") => {
                    let receiver = &call.receiver;
                    *expr = syn::parse_quote!(#receiver.help(
                        "Path to a JSON file with the whole request body, or `-` to read it \
                         from standard input; flags for single fields override its fields"
                    ));
                    break;
                }
                _ => break,
            }
        }
        if let syn::Expr::Call(call) = expr {
            let func = &call.func;
            if quote!(#func).to_string().replace(' ', "") == "std::fs::read_to_string" {
                call.func = syn::parse_quote!(read_body_text);
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// The `T` of a `Vec<T>` type.
pub(crate) fn vec_inner(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Vec" {
        return None;
    }
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
            syn::GenericArgument::Type(inner) => Some(inner.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Array parameters as repeatable flags: `value_parser!(Vec<T>)` becomes `value_parser!(T)` with
/// `ArgAction::Append`, and `get_one::<Vec<T>>` collects `get_many::<T>`.
struct ArrayArgs;

impl VisitMut for ArrayArgs {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::MethodCall(call) = expr {
            let receiver = &call.receiver;
            let args = &call.args;
            if call.method == "value_parser" {
                let inner = match args.first() {
                    Some(syn::Expr::Macro(m))
                        if m.mac.path.is_ident("value_parser")
                            || m.mac
                                .path
                                .segments
                                .last()
                                .is_some_and(|s| s.ident == "value_parser") =>
                    {
                        m.mac
                            .parse_body::<syn::Type>()
                            .ok()
                            .as_ref()
                            .and_then(vec_inner)
                    }
                    _ => None,
                };
                if let Some(inner) = inner {
                    *expr = syn::parse_quote!(#receiver
                        .value_parser(::clap::value_parser!(#inner))
                        .action(::clap::ArgAction::Append));
                }
            } else if call.method == "get_one" {
                let inner = call.turbofish.as_ref().and_then(|t| match t.args.first() {
                    Some(syn::GenericArgument::Type(ty)) => vec_inner(ty),
                    _ => None,
                });
                if let Some(inner) = inner {
                    *expr = syn::parse_quote!(#receiver
                        .get_many::<#inner>(#args)
                        .map(|values| values.cloned().collect::<::std::vec::Vec<#inner>>()));
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// Appends `[required unless --body-json]` to the help of every flag that clap requires unless
/// the body comes from a file (`required_unless_present("json-body")`), since clap marks only
/// unconditionally required flags in `--help`.
struct RequiredInHelp;

const REQUIRED_UNLESS_BODY: &str = "[required unless --body-json]";

impl VisitMut for RequiredInHelp {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        syn::visit_mut::visit_expr_method_call_mut(self, call);
        if call.method != "arg" {
            return;
        }
        let Some(arg) = call.args.first_mut() else {
            return;
        };
        if !chain_calls(arg, "required_unless_present") {
            return;
        }
        if !append_to_help(arg) {
            *arg = syn::parse_quote!(#arg.help(#REQUIRED_UNLESS_BODY));
        }
    }
}

/// Whether a method-call chain calls `method` anywhere.
fn chain_calls(mut expr: &syn::Expr, method: &str) -> bool {
    while let syn::Expr::MethodCall(call) = expr {
        if call.method == method {
            return true;
        }
        expr = &call.receiver;
    }
    false
}

/// Appends the required marker to the string literal of `.help(..)` in a chain; false when the
/// chain has no literal help.
fn append_to_help(mut expr: &mut syn::Expr) -> bool {
    while let syn::Expr::MethodCall(call) = expr {
        if call.method == "help" {
            if let Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            })) = call.args.first_mut()
            {
                let help = format!("{} {REQUIRED_UNLESS_BODY}", text.value().trim_end());
                *text = syn::LitStr::new(&help, text.span());
                return true;
            }
            return false;
        }
        expr = &mut call.receiver;
    }
    false
}

/// Prefixes the `about` text of a command with `[deprecated]` unless it says so already.
struct MarkDeprecated;

impl VisitMut for MarkDeprecated {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if call.method == "about" {
            if let Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            })) = call.args.first_mut()
            {
                let about = text.value();
                if !about.to_ascii_lowercase().contains("deprecated") {
                    *text = syn::LitStr::new(&format!("[deprecated] {about}"), text.span());
                }
            }
        }
        syn::visit_mut::visit_expr_method_call_mut(self, call);
    }
}

/// `.about("summary\n\ndescription")` becomes `.about("summary").long_about(<all of it>)`.
struct SplitAbout;

impl VisitMut for SplitAbout {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::MethodCall(call) = expr {
            if let (
                true,
                Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                })),
            ) = (call.method == "about", call.args.first())
            {
                let full = text.value();
                if let Some((summary, _)) = full.split_once("\n\n") {
                    let receiver = &call.receiver;
                    let summary = summary.trim();
                    *expr = syn::parse_quote!(#receiver.about(#summary).long_about(#full));
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use crate::spec::{holds, TINY_SPEC};
    use crate::Config;

    #[test]
    fn every_operation_gets_a_command_and_multipart_parts_become_flags() {
        let out = super::generate_file(
            &crate::prepare(TINY_SPEC).unwrap(),
            &Config::in_crate("tiny"),
            "crate::tiny::generated",
        )
        .unwrap();
        for expected in [
            "CliCommand::ListItems => Self::cli_list_items()",
            "CliCommand::CreateItem => Self::cli_create_item()",
            "CliCommand::UploadFile => Self::cli_upload_file()",
            // The file part from a path, required; the text part as a flag.
            r#"::clap::Arg::new("file").long("file").value_name("PATH")"#,
            r#".required(true).help("The document: a path to the file.")"#,
            "crate::runtime::multipart::FilePart::from_path(path)",
            r#"matches.get_one::<::std::string::String>("note")"#,
            // `--all` on the paged list, through `stream()`.
            r#"::clap::Arg::new("all").long("all")"#,
            "let mut stream = request.stream();",
            "self.config.list_start::<types::Item>();",
            r#"CliCommand::ListItems => ::std::option::Option::Some("/items")"#,
            // The array query parameter as a repeatable flag.
            r#".value_parser(::clap::value_parser!(::std::string::String)).action(::clap::ArgAction::Append)"#,
            r#"matches.get_many::<::std::string::String>("tag")"#,
            // The body flag renamed, stdin allowed.
            r#".long("body-json").alias("json-body")"#,
            "read_body_text(value)",
            "fn list_end_stream_error(&self, error: &crate::runtime::Error);",
        ] {
            assert!(holds(&out, expected), "missing {expected}\n{out}");
        }
        for absent in ["JsonSchema", "json-body-template"] {
            assert!(!out.contains(absent), "{absent} left in\n{out}");
        }
        // The body file is read before the field flags, so that they override it.
        let body = out
            .find(r#"get_one::<std::path::PathBuf>("json-body")"#)
            .unwrap();
        let field = out
            .find(r#"get_one::<::std::string::String>("name")"#)
            .unwrap();
        assert!(body < field);
    }
}
