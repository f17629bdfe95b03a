// @generated from spec/ringyo.yaml by voiceai-codegen. Do not edit: change the spec or the generator
// and run `cargo xtask regenerate`.

#![allow(
    clippy::all,
    missing_docs,
    unused_imports,
    unused_mut,
    dead_code,
    unreachable_patterns
)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<ErrorDetail>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`ErrorDetail`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ErrorDetail {
        String(::std::string::String),
        Array(
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    > for ErrorDetail {
        fn from(
            value: ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ErrorDetail {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`ListCallHistoryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListCallHistoryResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub calls: ::std::vec::Vec<ListCallHistoryResponseCallsItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<ListCallHistoryResponseTotal>,
    }
    impl ListCallHistoryResponse {
        pub fn builder() -> builder::ListCallHistoryResponse {
            Default::default()
        }
    }
    ///`ListCallHistoryResponseCallsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListCallHistoryResponseCallsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<CallStatus>,
    }
    impl ListCallHistoryResponseCallsItem {
        pub fn builder() -> builder::ListCallHistoryResponseCallsItem {
            Default::default()
        }
    }
    ///`ListCallHistoryResponseTotal`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ListCallHistoryResponseTotal {
        Integer(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for ListCallHistoryResponseTotal {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Integer(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ListCallHistoryResponseTotal {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    ///`UploadCampaignContactListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UploadCampaignContactListResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub list_id: ::std::option::Option<::std::string::String>,
    }
    impl UploadCampaignContactListResponse {
        pub fn builder() -> builder::UploadCampaignContactListResponse {
            Default::default()
        }
    }
    ///`WorkspaceResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct WorkspaceResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub workspace_info: ::std::option::Option<WorkspaceResponseWorkspaceInfo>,
    }
    impl WorkspaceResponse {
        pub fn builder() -> builder::WorkspaceResponse {
            Default::default()
        }
    }
    ///`WorkspaceResponseWorkspaceInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct WorkspaceResponseWorkspaceInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credits: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
    impl WorkspaceResponseWorkspaceInfo {
        pub fn builder() -> builder::WorkspaceResponseWorkspaceInfo {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Error {
            detail: ::std::result::Result<
                ::std::option::Option<super::ErrorDetail>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    detail: Ok(value.detail),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCallHistoryResponse {
            calls: ::std::result::Result<
                ::std::vec::Vec<super::ListCallHistoryResponseCallsItem>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<super::ListCallHistoryResponseTotal>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListCallHistoryResponse {
            fn default() -> Self {
                Self {
                    calls: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl ListCallHistoryResponse {
            pub fn calls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ListCallHistoryResponseCallsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.calls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for calls: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ListCallHistoryResponseTotal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListCallHistoryResponse>
        for super::ListCallHistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCallHistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    calls: value.calls?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::ListCallHistoryResponse>
        for ListCallHistoryResponse {
            fn from(value: super::ListCallHistoryResponse) -> Self {
                Self {
                    calls: Ok(value.calls),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCallHistoryResponseCallsItem {
            status: ::std::result::Result<
                ::std::option::Option<super::CallStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListCallHistoryResponseCallsItem {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl ListCallHistoryResponseCallsItem {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CallStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListCallHistoryResponseCallsItem>
        for super::ListCallHistoryResponseCallsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCallHistoryResponseCallsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::ListCallHistoryResponseCallsItem>
        for ListCallHistoryResponseCallsItem {
            fn from(value: super::ListCallHistoryResponseCallsItem) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadCampaignContactListResponse {
            list_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UploadCampaignContactListResponse {
            fn default() -> Self {
                Self {
                    list_id: Ok(Default::default()),
                }
            }
        }
        impl UploadCampaignContactListResponse {
            pub fn list_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.list_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for list_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadCampaignContactListResponse>
        for super::UploadCampaignContactListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadCampaignContactListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { list_id: value.list_id? })
            }
        }
        impl ::std::convert::From<super::UploadCampaignContactListResponse>
        for UploadCampaignContactListResponse {
            fn from(value: super::UploadCampaignContactListResponse) -> Self {
                Self { list_id: Ok(value.list_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkspaceResponse {
            workspace_info: ::std::result::Result<
                ::std::option::Option<super::WorkspaceResponseWorkspaceInfo>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkspaceResponse {
            fn default() -> Self {
                Self {
                    workspace_info: Ok(Default::default()),
                }
            }
        }
        impl WorkspaceResponse {
            pub fn workspace_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WorkspaceResponseWorkspaceInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.workspace_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workspace_info: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkspaceResponse> for super::WorkspaceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkspaceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    workspace_info: value.workspace_info?,
                })
            }
        }
        impl ::std::convert::From<super::WorkspaceResponse> for WorkspaceResponse {
            fn from(value: super::WorkspaceResponse) -> Self {
                Self {
                    workspace_info: Ok(value.workspace_info),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkspaceResponseWorkspaceInfo {
            credits: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkspaceResponseWorkspaceInfo {
            fn default() -> Self {
                Self {
                    credits: Ok(Default::default()),
                    id: Ok(Default::default()),
                }
            }
        }
        impl WorkspaceResponseWorkspaceInfo {
            pub fn credits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.credits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credits: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<WorkspaceResponseWorkspaceInfo>
        for super::WorkspaceResponseWorkspaceInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkspaceResponseWorkspaceInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credits: value.credits?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::WorkspaceResponseWorkspaceInfo>
        for WorkspaceResponseWorkspaceInfo {
            fn from(value: super::WorkspaceResponseWorkspaceInfo) -> Self {
                Self {
                    credits: Ok(value.credits),
                    id: Ok(value.id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    ///`CallStatus`
    ///
    /// This enum is open: a value the spec does not list decodes into `Unknown` and
    /// encodes back unchanged.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum CallStatus {
        ///`registered`
        Registered,
        ///`ongoing`
        Ongoing,
        ///`completed`
        Completed,
        /// A value this version of the client does not know, kept as sent.
        Unknown(::std::string::String),
    }
    impl CallStatus {
        /// Every value the spec documents, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "registered",
            "ongoing",
            "completed",
        ];
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Registered => "registered",
                Self::Ongoing => "ongoing",
                Self::Completed => "completed",
                Self::Unknown(value) => value.as_str(),
            }
        }
        /// Whether the value is one the spec does not document.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl ::std::convert::From<&str> for CallStatus {
        fn from(value: &str) -> Self {
            match value {
                "registered" => Self::Registered,
                "ongoing" => Self::Ongoing,
                "completed" => Self::Completed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CallStatus {
        fn from(value: ::std::string::String) -> Self {
            match Self::from(value.as_str()) {
                Self::Unknown(_) => Self::Unknown(value),
                known => known,
            }
        }
    }
    impl ::std::convert::From<&::std::string::String> for CallStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CallStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CallStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CallStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CallStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            Ok(Self::from(value))
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Ringyo AI API

Version: 2.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::runtime::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::runtime::ClientState) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::runtime::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::runtime::ClientState> for Client {
    fn api_version() -> &'static str {
        "2.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::runtime::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::runtime::ClientState>,
    {}
};
impl Client {
    /**Sends a `GET` request to `/calling/history`

```ignore
let response = client.list_call_history()
    .limit(limit)
    .offset(offset)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_call_history(&self) -> builder::ListCallHistory<'_> {
        builder::ListCallHistory::new(self)
    }
    /**Sends a `GET` request to `/workspace`

```ignore
let response = client.get_workspace()
    .send()
    .await;
```*/
    pub fn get_workspace(&self) -> builder::GetWorkspace<'_> {
        builder::GetWorkspace::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_call_history`]

[`Client::list_call_history`]: super::Client::list_call_history*/
    #[derive(Debug, Clone)]
    pub struct ListCallHistory<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        offset: Result<Option<i64>, String>,
        status: Result<Option<types::CallStatus>, String>,
    }
    impl<'a> ListCallHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                status: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `CallStatus` for status failed".to_string());
            self
        }
        ///Sends a `GET` request to `/calling/history`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListCallHistoryResponse>, Error<types::Error>> {
            let Self { client, limit, offset, status } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/calling/history", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_call_history",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_workspace`]

[`Client::get_workspace`]: super::Client::get_workspace*/
    #[derive(Debug, Clone)]
    pub struct GetWorkspace<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetWorkspace<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/workspace`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WorkspaceResponse>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/workspace", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_workspace",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::upload_campaign_contact_list`](super::Client::upload_campaign_contact_list).
    #[derive(Debug, Clone)]
    pub struct UploadCampaignContactList<'a> {
        client: &'a super::Client,
        country_code: ::std::option::Option<::std::string::String>,
        file: ::std::option::Option<crate::runtime::multipart::FilePart>,
        name: ::std::option::Option<::std::string::String>,
        retry: ::std::option::Option<i64>,
    }
    impl<'a> UploadCampaignContactList<'a> {
        /// A builder with every part unset.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client,
                country_code: None,
                file: None,
                name: None,
                retry: None,
            }
        }
        ///Form part `country_code`.
        pub fn country_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.country_code = Some(value.into());
            self
        }
        ///Form part `file` (required).
        pub fn file(mut self, value: crate::runtime::multipart::FilePart) -> Self {
            self.file = Some(value);
            self
        }
        ///Form part `name` (required): Campaign name
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
        ///Form part `retry`.
        pub fn retry(mut self, value: i64) -> Self {
            self.retry = Some(value);
            self
        }
        /**

Sends a `POST` request to `/campaign/save` with a `multipart/form-data` body.*/
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UploadCampaignContactListResponse>,
            Error<types::Error>,
        > {
            let Self { client, country_code, file, name, retry } = self;
            let url = format!("{}/campaign/save", client.baseurl,);
            let mut form = crate::runtime::multipart::Form::new();
            match country_code {
                Some(value) => {
                    form.text("country_code", value.to_string());
                }
                None => {}
            }
            match file {
                Some(value) => {
                    form.file("file", value);
                }
                None => {
                    return Err(
                        Error::InvalidRequest("form part `file` is required".to_string()),
                    );
                }
            }
            match name {
                Some(value) => {
                    form.text("name", value.to_string());
                }
                None => {
                    return Err(
                        Error::InvalidRequest("form part `name` is required".to_string()),
                    );
                }
            }
            match retry {
                Some(value) => {
                    form.text("retry", value.to_string());
                }
                None => {}
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(::reqwest::header::CONTENT_TYPE, form.content_type())
                .body(form.into_body())
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_campaign_contact_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                400..=599 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl Client {
    /**

Sends a `POST` request to `/campaign/save` with a `multipart/form-data` body.*/
    pub fn upload_campaign_contact_list(
        &self,
    ) -> builder::UploadCampaignContactList<'_> {
        builder::UploadCampaignContactList::new(self)
    }
}
/// Per-operation metadata generated from the spec, in spec order.
pub static OPERATIONS: [crate::runtime::OperationMeta; 3usize] = [
    crate::runtime::OperationMeta {
        id: "list_call_history",
        method: "GET",
        path: "/calling/history",
        required_scope: None,
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::Offset,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
    crate::runtime::OperationMeta {
        id: "upload_campaign_contact_list",
        method: "POST",
        path: "/campaign/save",
        required_scope: None,
        retry_safe: false,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: true,
    },
    crate::runtime::OperationMeta {
        id: "get_workspace",
        method: "GET",
        path: "/workspace",
        required_scope: None,
        retry_safe: true,
        idempotency_key: false,
        pagination: crate::runtime::Pagination::None,
        unwrap_data_envelope: false,
        rate_limit: None,
        deprecated: false,
        multipart: false,
    },
];
/// The API's settings generated from the spec: name, base URL, auth, operations.
pub static API: crate::runtime::ApiProfile = crate::runtime::ApiProfile {
    name: "ringyo",
    title: "Ringyo AI API",
    version: "2.0.0",
    default_base_url: "https://prod-api.ringg.ai/ca/api/v0",
    auth: crate::runtime::AuthStyle::Bearer,
    api_key_env: "RINGYO_API_KEY",
    base_url_env: "RINGYO_BASE_URL",
    operations: &OPERATIONS,
};
impl ClientHooks<crate::runtime::ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut ::reqwest::Request,
        info: &OperationInfo,
    ) -> ::std::result::Result<(), Error<E>> {
        crate::runtime::hooks::pre(&self.inner, request, info).await
    }
    async fn exec(
        &self,
        request: ::reqwest::Request,
        info: &OperationInfo,
    ) -> ::reqwest::Result<::reqwest::Response> {
        crate::runtime::hooks::exec(&self.inner, &self.client, request, info).await
    }
    async fn post<E>(
        &self,
        result: &::reqwest::Result<::reqwest::Response>,
        info: &OperationInfo,
    ) -> ::std::result::Result<(), Error<E>> {
        crate::runtime::hooks::post(&self.inner, result, info).await
    }
}
impl crate::runtime::config::BuildClient for Client {
    fn profile() -> &'static crate::runtime::ApiProfile {
        &API
    }
    fn from_parts(
        base_url: &str,
        http: ::reqwest::Client,
        state: crate::runtime::ClientState,
    ) -> Self {
        Self::new_with_client(base_url, http, state)
    }
}
impl Client {
    ///A builder for a Ringyo AI API client. The key comes from `.api_key(..)`, else from `RINGYO_API_KEY`; the base URL from `.base_url(..)`, else `RINGYO_BASE_URL`, else the spec's server URL.
    pub fn builder() -> crate::runtime::config::ClientBuilder<Self> {
        crate::runtime::config::ClientBuilder::new()
    }
    ///A Ringyo AI API client configured from the environment: `RINGYO_API_KEY` (required) and `RINGYO_BASE_URL` (optional), with the default timeouts, retries and limits.
    pub fn from_env() -> ::std::result::Result<Self, crate::runtime::ConfigError> {
        Self::builder().build()
    }
    /// Replaces the API key of this client and every clone of it (after the vendor
    /// rotated it). Requests already sent keep the old key.
    pub fn set_api_key(
        &self,
        key: impl ::std::convert::Into<::std::string::String>,
    ) -> ::std::result::Result<(), crate::runtime::secret::KeyError> {
        self.inner.set_api_key(key)
    }
    /// The runtime state: limits, retry budget.
    pub fn state(&self) -> &crate::runtime::ClientState {
        &self.inner
    }
}
