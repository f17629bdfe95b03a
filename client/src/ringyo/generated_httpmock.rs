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
pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::ringyo::generated::*;
    ///What a request to `GET /agents` (`list_agents`) must look like; method and path are already matched.
    pub struct ListAgentsWhen(::httpmock::When);
    impl ListAgentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agents$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::SortOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::AgentStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    ///The response to `GET /agents` (`list_agents`), typed by status.
    pub struct ListAgentsThen(::httpmock::Then);
    impl ListAgentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `POST /agents` (`create_agent`) must look like; method and path are already matched.
    pub struct CreateAgentWhen(::httpmock::When);
    impl CreateAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agents$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::CreateAgentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /agents` (`create_agent`), typed by status.
    pub struct CreateAgentThen(::httpmock::Then);
    impl CreateAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Agent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::Agent) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `GET /agents/{agent_id}` (`get_agent`) must look like; method and path are already matched.
    pub struct GetAgentWhen(::httpmock::When);
    impl GetAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agents/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/agents/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include"))
            }
        }
    }
    ///The response to `GET /agents/{agent_id}` (`get_agent`), typed by status.
    pub struct GetAgentThen(::httpmock::Then);
    impl GetAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Agent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `DELETE /agents/{agent_id}` (`delete_agent`) must look like; method and path are already matched.
    pub struct DeleteAgentWhen(::httpmock::When);
    impl DeleteAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/agents/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/agents/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `DELETE /agents/{agent_id}` (`delete_agent`), typed by status.
    pub struct DeleteAgentThen(::httpmock::Then);
    impl DeleteAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeletedResource) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `PATCH /agents/{agent_id}` (`update_agent`) must look like; method and path are already matched.
    pub struct UpdateAgentWhen(::httpmock::When);
    impl UpdateAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/agents/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/agents/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateAgentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /agents/{agent_id}` (`update_agent`), typed by status.
    pub struct UpdateAgentThen(::httpmock::Then);
    impl UpdateAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Agent) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `GET /calls` (`list_calls`) must look like; method and path are already matched.
    pub struct ListCallsWhen(::httpmock::When);
    impl ListCallsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/calls$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("agent_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("agent_id"))
            }
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn from_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from_date"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn order<T>(self, value: T) -> Self
        where
            T: Into<Option<types::SortOrder>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("order", value.to_string()))
            } else {
                Self(self.0.query_param_missing("order"))
            }
        }
        pub fn phone_number<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("phone_number", value.to_string()))
            } else {
                Self(self.0.query_param_missing("phone_number"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CallStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn to_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("to_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("to_date"))
            }
        }
    }
    ///The response to `GET /calls` (`list_calls`), typed by status.
    pub struct ListCallsThen(::httpmock::Then);
    impl ListCallsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `POST /calls` (`create_call`) must look like; method and path are already matched.
    pub struct CreateCallWhen(::httpmock::When);
    impl CreateCallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/calls$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::CreateCallRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /calls` (`create_call`), typed by status.
    pub struct CreateCallThen(::httpmock::Then);
    impl CreateCallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Call) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::Call) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `GET /calls/{call_id}` (`get_call`) must look like; method and path are already matched.
    pub struct GetCallWhen(::httpmock::When);
    impl GetCallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/calls/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn call_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/calls/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include"))
            }
        }
    }
    ///The response to `GET /calls/{call_id}` (`get_call`), typed by status.
    pub struct GetCallThen(::httpmock::Then);
    impl GetCallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Call) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `GET /phone-numbers` (`list_phone_numbers`) must look like; method and path are already matched.
    pub struct ListPhoneNumbersWhen(::httpmock::When);
    impl ListPhoneNumbersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/phone-numbers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn country<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country"))
            }
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::PhoneNumberStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    ///The response to `GET /phone-numbers` (`list_phone_numbers`), typed by status.
    pub struct ListPhoneNumbersThen(::httpmock::Then);
    impl ListPhoneNumbersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PhoneNumberList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `GET /phone-numbers/{phone_number_id}` (`get_phone_number`) must look like; method and path are already matched.
    pub struct GetPhoneNumberWhen(::httpmock::When);
    impl GetPhoneNumberWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/phone-numbers/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn phone_number_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/phone-numbers/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn include<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include"))
            }
        }
    }
    ///The response to `GET /phone-numbers/{phone_number_id}` (`get_phone_number`), typed by status.
    pub struct GetPhoneNumberThen(::httpmock::Then);
    impl GetPhoneNumberThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PhoneNumber) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `GET /webhooks` (`list_webhooks`) must look like; method and path are already matched.
    pub struct ListWebhooksWhen(::httpmock::When);
    impl ListWebhooksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/webhooks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::WebhookStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    ///The response to `GET /webhooks` (`list_webhooks`), typed by status.
    pub struct ListWebhooksThen(::httpmock::Then);
    impl ListWebhooksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebhookList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `POST /webhooks` (`create_webhook`) must look like; method and path are already matched.
    pub struct CreateWebhookWhen(::httpmock::When);
    impl CreateWebhookWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/webhooks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::CreateWebhookRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /webhooks` (`create_webhook`), typed by status.
    pub struct CreateWebhookThen(::httpmock::Then);
    impl CreateWebhookThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebhookCreated) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::WebhookCreated) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `DELETE /webhooks/{webhook_id}` (`delete_webhook`) must look like; method and path are already matched.
    pub struct DeleteWebhookWhen(::httpmock::When);
    impl DeleteWebhookWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/webhooks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webhook_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/webhooks/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `DELETE /webhooks/{webhook_id}` (`delete_webhook`), typed by status.
    pub struct DeleteWebhookThen(::httpmock::Then);
    impl DeleteWebhookThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeletedResource) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///What a request to `PATCH /webhooks/{webhook_id}` (`update_webhook`) must look like; method and path are already matched.
    pub struct UpdateWebhookWhen(::httpmock::When);
    impl UpdateWebhookWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/webhooks/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webhook_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/webhooks/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateWebhookRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /webhooks/{webhook_id}` (`update_webhook`), typed by status.
    pub struct UpdateWebhookThen(::httpmock::Then);
    impl UpdateWebhookThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webhook) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Error) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    ///Mocks `GET /agents` (`list_agents`): `config_fn` gets the typed `When` and `Then`.
    fn list_agents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAgentsWhen, operations::ListAgentsThen);
    ///Mocks `POST /agents` (`create_agent`): `config_fn` gets the typed `When` and `Then`.
    fn create_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentWhen, operations::CreateAgentThen);
    ///Mocks `GET /agents/{agent_id}` (`get_agent`): `config_fn` gets the typed `When` and `Then`.
    fn get_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAgentWhen, operations::GetAgentThen);
    ///Mocks `DELETE /agents/{agent_id}` (`delete_agent`): `config_fn` gets the typed `When` and `Then`.
    fn delete_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAgentWhen, operations::DeleteAgentThen);
    ///Mocks `PATCH /agents/{agent_id}` (`update_agent`): `config_fn` gets the typed `When` and `Then`.
    fn update_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAgentWhen, operations::UpdateAgentThen);
    ///Mocks `GET /calls` (`list_calls`): `config_fn` gets the typed `When` and `Then`.
    fn list_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCallsWhen, operations::ListCallsThen);
    ///Mocks `POST /calls` (`create_call`): `config_fn` gets the typed `When` and `Then`.
    fn create_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCallWhen, operations::CreateCallThen);
    ///Mocks `GET /calls/{call_id}` (`get_call`): `config_fn` gets the typed `When` and `Then`.
    fn get_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallWhen, operations::GetCallThen);
    ///Mocks `GET /phone-numbers` (`list_phone_numbers`): `config_fn` gets the typed `When` and `Then`.
    fn list_phone_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPhoneNumbersWhen, operations::ListPhoneNumbersThen);
    ///Mocks `GET /phone-numbers/{phone_number_id}` (`get_phone_number`): `config_fn` gets the typed `When` and `Then`.
    fn get_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPhoneNumberWhen, operations::GetPhoneNumberThen);
    ///Mocks `GET /webhooks` (`list_webhooks`): `config_fn` gets the typed `When` and `Then`.
    fn list_webhooks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListWebhooksWhen, operations::ListWebhooksThen);
    ///Mocks `POST /webhooks` (`create_webhook`): `config_fn` gets the typed `When` and `Then`.
    fn create_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateWebhookWhen, operations::CreateWebhookThen);
    ///Mocks `DELETE /webhooks/{webhook_id}` (`delete_webhook`): `config_fn` gets the typed `When` and `Then`.
    fn delete_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteWebhookWhen, operations::DeleteWebhookThen);
    ///Mocks `PATCH /webhooks/{webhook_id}` (`update_webhook`): `config_fn` gets the typed `When` and `Then`.
    fn update_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateWebhookWhen, operations::UpdateWebhookThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_agents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAgentsWhen, operations::ListAgentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAgentsWhen::new(when),
                operations::ListAgentsThen::new(then),
            )
        })
    }
    fn create_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentWhen, operations::CreateAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAgentWhen::new(when),
                operations::CreateAgentThen::new(then),
            )
        })
    }
    fn get_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAgentWhen, operations::GetAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAgentWhen::new(when),
                operations::GetAgentThen::new(then),
            )
        })
    }
    fn delete_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAgentWhen, operations::DeleteAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAgentWhen::new(when),
                operations::DeleteAgentThen::new(then),
            )
        })
    }
    fn update_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAgentWhen, operations::UpdateAgentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateAgentWhen::new(when),
                operations::UpdateAgentThen::new(then),
            )
        })
    }
    fn list_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCallsWhen, operations::ListCallsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCallsWhen::new(when),
                operations::ListCallsThen::new(then),
            )
        })
    }
    fn create_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCallWhen, operations::CreateCallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCallWhen::new(when),
                operations::CreateCallThen::new(then),
            )
        })
    }
    fn get_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallWhen, operations::GetCallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCallWhen::new(when),
                operations::GetCallThen::new(then),
            )
        })
    }
    fn list_phone_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListPhoneNumbersWhen, operations::ListPhoneNumbersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListPhoneNumbersWhen::new(when),
                operations::ListPhoneNumbersThen::new(then),
            )
        })
    }
    fn get_phone_number<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetPhoneNumberWhen, operations::GetPhoneNumberThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPhoneNumberWhen::new(when),
                operations::GetPhoneNumberThen::new(then),
            )
        })
    }
    fn list_webhooks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListWebhooksWhen, operations::ListWebhooksThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListWebhooksWhen::new(when),
                operations::ListWebhooksThen::new(then),
            )
        })
    }
    fn create_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateWebhookWhen, operations::CreateWebhookThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateWebhookWhen::new(when),
                operations::CreateWebhookThen::new(then),
            )
        })
    }
    fn delete_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteWebhookWhen, operations::DeleteWebhookThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteWebhookWhen::new(when),
                operations::DeleteWebhookThen::new(then),
            )
        })
    }
    fn update_webhook<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateWebhookWhen, operations::UpdateWebhookThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateWebhookWhen::new(when),
                operations::UpdateWebhookThen::new(then),
            )
        })
    }
}
