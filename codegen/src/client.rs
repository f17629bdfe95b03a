//! The client output: progenitor's types, builders and `Client`, then our post-passes in the
//! order they run. Each pass is its own module; this one only says which runs when.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{
    api_version, constructors, deprecations, docs, format, metadata, multipart, open_enum,
    pagination, progenitor, reexports, secrets, send, Config, Error, Prepared,
};

/// Formatted source of the client module, with the "do not edit" header.
pub fn generate_file(prepared: &Prepared, config: &Config) -> Result<String, Error> {
    format::file(generate_tokens(prepared, config)?, &config.spec_label)
}

/// The token stream of the client module; see [`generate_file`].
pub fn generate_tokens(prepared: &Prepared, config: &Config) -> Result<TokenStream, Error> {
    let Prepared {
        spec, operations, ..
    } = prepared;
    let runtime = &config.runtime;
    let mut file =
        progenitor::parse(progenitor::generator(runtime).generate_tokens(&prepared.client_view))?;

    // Whole-file passes on what progenitor emitted.
    api_version::strip_header(&mut file);
    deprecations::mark(&mut file, operations);
    secrets::apply_all(&mut file, spec, runtime)?;
    if let Some(types) = module_items(&mut file, "types") {
        open_enum::open_string_enums(types);
        docs::type_builders(types);
    }

    // Builders progenitor cannot emit: multipart operations and `stream()` on list operations;
    // then every builder's `send()` is routed into the runtime and documented.
    let mut client_methods = Vec::new();
    let mut builders = Vec::new();
    for (op, success, error) in &prepared.multipart {
        let generated = multipart::generate(spec, op, success, error, runtime)?;
        client_methods.push(generated.client_method);
        builders.push(generated.builder);
    }
    for op in operations {
        if let Some(kind) = pagination::stream_kind(spec, op) {
            builders.push(pagination::generate(spec, op, kind, &config.api, runtime)?);
        }
    }
    let builder_mod = module_items(&mut file, "builder")
        .ok_or_else(|| Error::Syntax("progenitor emitted no `mod builder`".into()))?;
    let extra: syn::File = syn::parse2(quote!(#(#builders)*))?;
    builder_mod.extend(extra.items);
    send::wrap_sends(builder_mod, operations, runtime)?;
    docs::operation_builders(builder_mod, spec, operations);

    // `Client`: constructors through the runtime's builder, the multipart methods, and the
    // operation table and API profile the runtime reads.
    constructors::make_private(&mut file);
    let client_methods = (!client_methods.is_empty()).then(|| {
        quote! {
            impl Client {
                #(#client_methods)*
            }
        }
    });
    let metadata = metadata::tokens(prepared, config)?;
    let extra: syn::File = syn::parse2(quote! {
        #client_methods
        #metadata
    })?;
    file.items.extend(extra.items);
    constructors::insert(&mut file, &prepared.client_view.info, config)?;

    // Outside the `voiceai` crate, crate paths go through its re-exports.
    if let Some(module) = &config.reexports {
        let private: syn::Path = syn::parse2(module.clone())
            .map_err(|e| Error::Syntax(format!("re-export path `{module}`: {e}")))?;
        reexports::route_through(&mut file, &private);
    }
    Ok(quote!(#file))
}

/// The items of a top-level inline module of the generated file.
fn module_items<'a>(file: &'a mut syn::File, name: &str) -> Option<&'a mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}
