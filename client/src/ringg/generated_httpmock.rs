// @generated from spec/ringg.yaml by voiceai-codegen. Do not edit: change the spec or the generator
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
    use crate::ringg::generated::*;
    ///What a request to `GET /agent/all` (`list_assistants`) must look like; method and path are already matched.
    pub struct ListAssistantsWhen(::httpmock::When);
    impl ListAssistantsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/all$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    ///The response to `GET /agent/all` (`list_assistants`), typed by status.
    pub struct ListAssistantsThen(::httpmock::Then);
    impl ListAssistantsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAssistantsResponse) -> Self {
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
    ///What a request to `PATCH /agent/v1` (`edit_assistant`) must look like; method and path are already matched.
    pub struct EditAssistantWhen(::httpmock::When);
    impl EditAssistantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/agent/v1$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::EditAssistantRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /agent/v1` (`edit_assistant`), typed by status.
    pub struct EditAssistantThen(::httpmock::Then);
    impl EditAssistantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EditAssistantResponse) -> Self {
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
    ///What a request to `GET /agent/voices` (`list_assistant_voices`) must look like; method and path are already matched.
    pub struct ListAssistantVoicesWhen(::httpmock::When);
    impl ListAssistantVoicesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/voices$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn language<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("language", value.to_string()))
            } else {
                Self(self.0.query_param_missing("language"))
            }
        }
    }
    ///The response to `GET /agent/voices` (`list_assistant_voices`), typed by status.
    pub struct ListAssistantVoicesThen(::httpmock::Then);
    impl ListAssistantVoicesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VoicesResponse) -> Self {
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
    ///What a request to `GET /agent/{agent_id}` (`get_assistant`) must look like; method and path are already matched.
    pub struct GetAssistantWhen(::httpmock::When);
    impl GetAssistantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/agent/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `GET /agent/{agent_id}` (`get_assistant`), typed by status.
    pub struct GetAssistantThen(::httpmock::Then);
    impl GetAssistantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetAssistantResponse) -> Self {
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
    ///What a request to `DELETE /agent/{agent_id}` (`delete_assistant`) must look like; method and path are already matched.
    pub struct DeleteAssistantWhen(::httpmock::When);
    impl DeleteAssistantWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/agent/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/agent/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `DELETE /agent/{agent_id}` (`delete_assistant`), typed by status.
    pub struct DeleteAssistantThen(::httpmock::Then);
    impl DeleteAssistantThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `GET /analytics/classification-analytics` (`get_classification_analytics`) must look like; method and path are already matched.
    pub struct GetClassificationAnalyticsWhen(::httpmock::When);
    impl GetClassificationAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/classification-analytics$")
                            .unwrap(),
                    ),
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
        pub fn bulk_list_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bulk_list_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bulk_list_id"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
        pub fn voicemail<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("voicemail", value.to_string()))
            } else {
                Self(self.0.query_param_missing("voicemail"))
            }
        }
    }
    ///The response to `GET /analytics/classification-analytics` (`get_classification_analytics`), typed by status.
    pub struct GetClassificationAnalyticsThen(::httpmock::Then);
    impl GetClassificationAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ClassificationAnalyticsResponse) -> Self {
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
    ///What a request to `GET /analytics/drill-down-analytics` (`get_drill_down_analytics`) must look like; method and path are already matched.
    pub struct GetDrillDownAnalyticsWhen(::httpmock::When);
    impl GetDrillDownAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/drill-down-analytics$").unwrap(),
                    ),
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
        pub fn bulk_list_id(self, value: &str) -> Self {
            Self(self.0.query_param("bulk_list_id", value.to_string()))
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
        pub fn voicemail<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("voicemail", value.to_string()))
            } else {
                Self(self.0.query_param_missing("voicemail"))
            }
        }
    }
    ///The response to `GET /analytics/drill-down-analytics` (`get_drill_down_analytics`), typed by status.
    pub struct GetDrillDownAnalyticsThen(::httpmock::Then);
    impl GetDrillDownAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DrillDownAnalyticsResponse) -> Self {
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
    ///What a request to `GET /analytics/duration-distribution` (`get_duration_distribution`) must look like; method and path are already matched.
    pub struct GetDurationDistributionWhen(::httpmock::When);
    impl GetDurationDistributionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/duration-distribution$").unwrap(),
                    ),
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
        pub fn bulk_list_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bulk_list_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bulk_list_id"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
        pub fn voicemail<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("voicemail", value.to_string()))
            } else {
                Self(self.0.query_param_missing("voicemail"))
            }
        }
    }
    ///The response to `GET /analytics/duration-distribution` (`get_duration_distribution`), typed by status.
    pub struct GetDurationDistributionThen(::httpmock::Then);
    impl GetDurationDistributionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DurationDistributionResponse) -> Self {
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
    ///What a request to `GET /analytics/number-analytics` (`get_number_analytics`) must look like; method and path are already matched.
    pub struct GetNumberAnalyticsWhen(::httpmock::When);
    impl GetNumberAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/number-analytics$").unwrap(),
                    ),
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
        pub fn bulk_list_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bulk_list_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bulk_list_id"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
        pub fn voicemail<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("voicemail", value.to_string()))
            } else {
                Self(self.0.query_param_missing("voicemail"))
            }
        }
    }
    ///The response to `GET /analytics/number-analytics` (`get_number_analytics`), typed by status.
    pub struct GetNumberAnalyticsThen(::httpmock::Then);
    impl GetNumberAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::NumberAnalyticsResponse) -> Self {
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
    ///What a request to `GET /analytics/platform-analytics` (`get_platform_analytics`) must look like; method and path are already matched.
    pub struct GetPlatformAnalyticsWhen(::httpmock::When);
    impl GetPlatformAnalyticsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/analytics/platform-analytics$").unwrap(),
                    ),
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
        pub fn bulk_list_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bulk_list_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bulk_list_id"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
            }
        }
        pub fn voicemail<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("voicemail", value.to_string()))
            } else {
                Self(self.0.query_param_missing("voicemail"))
            }
        }
    }
    ///The response to `GET /analytics/platform-analytics` (`get_platform_analytics`), typed by status.
    pub struct GetPlatformAnalyticsThen(::httpmock::Then);
    impl GetPlatformAnalyticsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PlatformAnalyticsResponse) -> Self {
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
    ///What a request to `GET /calling/call-details` (`get_call_details`) must look like; method and path are already matched.
    pub struct GetCallDetailsWhen(::httpmock::When);
    impl GetCallDetailsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/calling/call-details$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            Self(self.0.query_param("id", value.to_string()))
        }
        pub fn send_analysis<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("send_analysis", value.to_string()))
            } else {
                Self(self.0.query_param_missing("send_analysis"))
            }
        }
    }
    ///The response to `GET /calling/call-details` (`get_call_details`), typed by status.
    pub struct GetCallDetailsThen(::httpmock::Then);
    impl GetCallDetailsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallDetailsResponse) -> Self {
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
    ///What a request to `DELETE /calling/contact/{list_id}` (`delete_contact_list`) must look like; method and path are already matched.
    pub struct DeleteContactListWhen(::httpmock::When);
    impl DeleteContactListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/calling/contact/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn list_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/calling/contact/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `DELETE /calling/contact/{list_id}` (`delete_contact_list`), typed by status.
    pub struct DeleteContactListThen(::httpmock::Then);
    impl DeleteContactListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `GET /calling/history` (`list_call_history`) must look like; method and path are already matched.
    pub struct ListCallHistoryWhen(::httpmock::When);
    impl ListCallHistoryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/calling/history$").unwrap()),
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
        pub fn bulk_list_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bulk_list_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bulk_list_id"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
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
    }
    ///The response to `GET /calling/history` (`list_call_history`), typed by status.
    pub struct ListCallHistoryThen(::httpmock::Then);
    impl ListCallHistoryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallHistoryResponse) -> Self {
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
    ///What a request to `POST /calling/history/download` (`download_call_history`) must look like; method and path are already matched.
    pub struct DownloadCallHistoryWhen(::httpmock::When);
    impl DownloadCallHistoryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/calling/history/download$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    value
                        .iter()
                        .fold(
                            self.0,
                            |when, item| when.query_param("agent_id", item.to_string()),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("agent_id"))
            }
        }
        pub fn bulk_list_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("bulk_list_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("bulk_list_id"))
            }
        }
        pub fn call_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("call_id", value.to_string()))
            } else {
                Self(self.0.query_param_missing("call_id"))
            }
        }
        pub fn call_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CallDirection>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("call_type", value.to_string()))
            } else {
                Self(self.0.query_param_missing("call_type"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("end_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("end_date"))
            }
        }
        pub fn from_number<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("from_number", value.to_string()))
            } else {
                Self(self.0.query_param_missing("from_number"))
            }
        }
        pub fn include_analysis<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_analysis", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_analysis"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("start_date", value.to_string()))
            } else {
                Self(self.0.query_param_missing("start_date"))
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
        pub fn to_number<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("to_number", value.to_string()))
            } else {
                Self(self.0.query_param_missing("to_number"))
            }
        }
        pub fn voicemail<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("voicemail", value.to_string()))
            } else {
                Self(self.0.query_param_missing("voicemail"))
            }
        }
    }
    ///The response to `POST /calling/history/download` (`download_call_history`), typed by status.
    pub struct DownloadCallHistoryThen(::httpmock::Then);
    impl DownloadCallHistoryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DownloadCallHistoryResponse) -> Self {
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
    ///What a request to `POST /calling/outbound/individual` (`initiate_individual_call`) must look like; method and path are already matched.
    pub struct InitiateIndividualCallWhen(::httpmock::When);
    impl InitiateIndividualCallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/calling/outbound/individual$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::InitiateCallRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /calling/outbound/individual` (`initiate_individual_call`), typed by status.
    pub struct InitiateIndividualCallThen(::httpmock::Then);
    impl InitiateIndividualCallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallInitiationResponse) -> Self {
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
    ///What a request to `POST /calling/v2/outbound/individual` (`initiate_individual_call_v2`) must look like; method and path are already matched.
    pub struct InitiateIndividualCallV2When(::httpmock::When);
    impl InitiateIndividualCallV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/calling/v2/outbound/individual$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::InitiateCallV2Request) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /calling/v2/outbound/individual` (`initiate_individual_call_v2`), typed by status.
    pub struct InitiateIndividualCallV2Then(::httpmock::Then);
    impl InitiateIndividualCallV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CallInitiationResponse) -> Self {
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
    ///What a request to `GET /campaign/all` (`list_campaigns`) must look like; method and path are already matched.
    pub struct ListCampaignsWhen(::httpmock::When);
    impl ListCampaignsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/campaign/all$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn call_count<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("call_count", value.to_string()))
            } else {
                Self(self.0.query_param_missing("call_count"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    ///The response to `GET /campaign/all` (`list_campaigns`), typed by status.
    pub struct ListCampaignsThen(::httpmock::Then);
    impl ListCampaignsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CampaignsResponse) -> Self {
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
    ///What a request to `POST /campaign/check-balance/{bulk_list_id}` (`check_large_campaign_balance`) must look like; method and path are already matched.
    pub struct CheckLargeCampaignBalanceWhen(::httpmock::When);
    impl CheckLargeCampaignBalanceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/campaign/check-balance/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn bulk_list_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaign/check-balance/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `POST /campaign/check-balance/{bulk_list_id}` (`check_large_campaign_balance`), typed by status.
    pub struct CheckLargeCampaignBalanceThen(::httpmock::Then);
    impl CheckLargeCampaignBalanceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CheckLargeCampaignBalanceResponse) -> Self {
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
    ///What a request to `POST /campaign/make-call-async` (`start_large_campaign_calls`) must look like; method and path are already matched.
    pub struct StartLargeCampaignCallsWhen(::httpmock::When);
    impl StartLargeCampaignCallsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/campaign/make-call-async$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::StartLargeCampaignCallsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /campaign/make-call-async` (`start_large_campaign_calls`), typed by status.
    pub struct StartLargeCampaignCallsThen(::httpmock::Then);
    impl StartLargeCampaignCallsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StartLargeCampaignCallsResponse) -> Self {
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
    ///What a request to `POST /campaign/save` (`upload_campaign_contact_list`) must look like; method and path are already matched.
    pub struct UploadCampaignContactListWhen(::httpmock::When);
    impl UploadCampaignContactListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/campaign/save$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches a request whose form has a part `agent_id` with this value.
        pub fn agent_id(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "agent_id", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `call_config` with this value.
        pub fn call_config(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "call_config", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `campaign_end_time` with this value.
        pub fn campaign_end_time(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "campaign_end_time", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `campaign_name` with this value.
        pub fn campaign_name(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "campaign_name", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `campaign_start_time` with this value.
        pub fn campaign_start_time(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!(
                            "name=\"{}\"\r\n\r\n{}\r\n", "campaign_start_time", value
                        ),
                    ),
            )
        }
        ///Matches a request whose form has a part `country_code` with this value.
        pub fn country_code(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "country_code", value),
                    ),
            )
        }
        ///Matches a request whose form has a file part `file` with this file name.
        pub fn file(self, file_name: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"; filename=\"{}\"", "file", file_name),
                    ),
            )
        }
        ///Matches a request whose form has a part `remove_invalid_rows` with this value.
        pub fn remove_invalid_rows(self, value: bool) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!(
                            "name=\"{}\"\r\n\r\n{}\r\n", "remove_invalid_rows", value
                        ),
                    ),
            )
        }
        ///Matches a request whose form has a part `transliterate_callee_name` with this value.
        pub fn transliterate_callee_name(self, value: bool) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!(
                            "name=\"{}\"\r\n\r\n{}\r\n", "transliterate_callee_name",
                            value
                        ),
                    ),
            )
        }
        ///Matches a request whose form has a part `variables_map` with this value.
        pub fn variables_map(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "variables_map", value),
                    ),
            )
        }
    }
    ///The response to `POST /campaign/save` (`upload_campaign_contact_list`), typed by status.
    pub struct UploadCampaignContactListThen(::httpmock::Then);
    impl UploadCampaignContactListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UploadCampaignContactListResponse) -> Self {
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
    ///What a request to `POST /campaign/start` (`start_campaign`) must look like; method and path are already matched.
    pub struct StartCampaignWhen(::httpmock::When);
    impl StartCampaignWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/campaign/start$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::StartCampaignRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /campaign/start` (`start_campaign`), typed by status.
    pub struct StartCampaignThen(::httpmock::Then);
    impl StartCampaignThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StartCampaignResponse) -> Self {
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
    ///What a request to `PATCH /campaign/terminate` (`terminate_calls`) must look like; method and path are already matched.
    pub struct TerminateCallsWhen(::httpmock::When);
    impl TerminateCallsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/campaign/terminate$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::TerminateCallsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /campaign/terminate` (`terminate_calls`), typed by status.
    pub struct TerminateCallsThen(::httpmock::Then);
    impl TerminateCallsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `PATCH /campaign/terminate/agent` (`terminate_calls_by_agent`) must look like; method and path are already matched.
    pub struct TerminateCallsByAgentWhen(::httpmock::When);
    impl TerminateCallsByAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/campaign/terminate/agent$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::TerminateByAgentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /campaign/terminate/agent` (`terminate_calls_by_agent`), typed by status.
    pub struct TerminateCallsByAgentThen(::httpmock::Then);
    impl TerminateCallsByAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `PATCH /campaign/terminate/calls` (`terminate_calls_by_ids`) must look like; method and path are already matched.
    pub struct TerminateCallsByIdsWhen(::httpmock::When);
    impl TerminateCallsByIdsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/campaign/terminate/calls$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::TerminateByCallIdsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /campaign/terminate/calls` (`terminate_calls_by_ids`), typed by status.
    pub struct TerminateCallsByIdsThen(::httpmock::Then);
    impl TerminateCallsByIdsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `PATCH /campaign/terminate/campaign-numbers` (`terminate_campaign_numbers`) must look like; method and path are already matched.
    pub struct TerminateCampaignNumbersWhen(::httpmock::When);
    impl TerminateCampaignNumbersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/campaign/terminate/campaign-numbers$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::TerminateCampaignNumbersRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /campaign/terminate/campaign-numbers` (`terminate_campaign_numbers`), typed by status.
    pub struct TerminateCampaignNumbersThen(::httpmock::Then);
    impl TerminateCampaignNumbersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `PATCH /campaign/terminate/numbers` (`terminate_calls_by_numbers`) must look like; method and path are already matched.
    pub struct TerminateCallsByNumbersWhen(::httpmock::When);
    impl TerminateCallsByNumbersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/campaign/terminate/numbers$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::TerminateByNumbersRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /campaign/terminate/numbers` (`terminate_calls_by_numbers`), typed by status.
    pub struct TerminateCallsByNumbersThen(::httpmock::Then);
    impl TerminateCallsByNumbersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
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
    ///What a request to `POST /campaign/upload-csv` (`upload_large_campaign_csv`) must look like; method and path are already matched.
    pub struct UploadLargeCampaignCsvWhen(::httpmock::When);
    impl UploadLargeCampaignCsvWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/campaign/upload-csv$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches a request whose form has a part `agent_id` with this value.
        pub fn agent_id(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "agent_id", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `call_config` with this value.
        pub fn call_config(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "call_config", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `campaign_end_time` with this value.
        pub fn campaign_end_time(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "campaign_end_time", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `campaign_name` with this value.
        pub fn campaign_name(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "campaign_name", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `campaign_start_time` with this value.
        pub fn campaign_start_time(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!(
                            "name=\"{}\"\r\n\r\n{}\r\n", "campaign_start_time", value
                        ),
                    ),
            )
        }
        ///Matches a request whose form has a part `country_code` with this value.
        pub fn country_code(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "country_code", value),
                    ),
            )
        }
        ///Matches a request whose form has a file part `file` with this file name.
        pub fn file(self, file_name: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"; filename=\"{}\"", "file", file_name),
                    ),
            )
        }
        ///Matches a request whose form has a part `remove_invalid_rows` with this value.
        pub fn remove_invalid_rows(self, value: bool) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!(
                            "name=\"{}\"\r\n\r\n{}\r\n", "remove_invalid_rows", value
                        ),
                    ),
            )
        }
        ///Matches a request whose form has a part `transliterate_callee_name` with this value.
        pub fn transliterate_callee_name(self, value: bool) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!(
                            "name=\"{}\"\r\n\r\n{}\r\n", "transliterate_callee_name",
                            value
                        ),
                    ),
            )
        }
        ///Matches a request whose form has a part `variables_map` with this value.
        pub fn variables_map(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "variables_map", value),
                    ),
            )
        }
    }
    ///The response to `POST /campaign/upload-csv` (`upload_large_campaign_csv`), typed by status.
    pub struct UploadLargeCampaignCsvThen(::httpmock::Then);
    impl UploadLargeCampaignCsvThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UploadLargeCampaignCsvResponse) -> Self {
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
    ///What a request to `GET /campaign/upload-status/{bulk_list_id}` (`get_large_campaign_upload_status`) must look like; method and path are already matched.
    pub struct GetLargeCampaignUploadStatusWhen(::httpmock::When);
    impl GetLargeCampaignUploadStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/campaign/upload-status/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn bulk_list_id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaign/upload-status/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `GET /campaign/upload-status/{bulk_list_id}` (`get_large_campaign_upload_status`), typed by status.
    pub struct GetLargeCampaignUploadStatusThen(::httpmock::Then);
    impl GetLargeCampaignUploadStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::LargeCampaignUploadStatus) -> Self {
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
    ///What a request to `POST /campaign/v2/start` (`start_campaign_v2`) must look like; method and path are already matched.
    pub struct StartCampaignV2When(::httpmock::When);
    impl StartCampaignV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/campaign/v2/start$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::StartCampaignV2Request) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /campaign/v2/start` (`start_campaign_v2`), typed by status.
    pub struct StartCampaignV2Then(::httpmock::Then);
    impl StartCampaignV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StartCampaignResponse) -> Self {
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
    ///What a request to `POST /external/kb` (`create_knowledge_base`) must look like; method and path are already matched.
    pub struct CreateKnowledgeBaseWhen(::httpmock::When);
    impl CreateKnowledgeBaseWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/external/kb$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches a request whose form has a part `faqs` with this value.
        pub fn faqs(self, value: &str) -> Self {
            Self(
                self.0.body_includes(format!("name=\"{}\"\r\n\r\n{}\r\n", "faqs", value)),
            )
        }
        ///Matches a request whose form has a file part `files` with this file name.
        pub fn files(self, file_name: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"; filename=\"{}\"", "files", file_name),
                    ),
            )
        }
        ///Matches a request whose form has a part `kb_name` with this value.
        pub fn kb_name(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "kb_name", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `urls` with this value.
        pub fn urls(self, value: &str) -> Self {
            Self(
                self.0.body_includes(format!("name=\"{}\"\r\n\r\n{}\r\n", "urls", value)),
            )
        }
    }
    ///The response to `POST /external/kb` (`create_knowledge_base`), typed by status.
    pub struct CreateKnowledgeBaseThen(::httpmock::Then);
    impl CreateKnowledgeBaseThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateKnowledgeBaseResponse) -> Self {
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
    ///What a request to `PATCH /external/kb` (`edit_knowledge_base`) must look like; method and path are already matched.
    pub struct EditKnowledgeBaseWhen(::httpmock::When);
    impl EditKnowledgeBaseWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/external/kb$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches a request whose form has a part `faqs_to_remove` with this value.
        pub fn faqs_to_remove(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "faqs_to_remove", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `files_to_remove` with this value.
        pub fn files_to_remove(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "files_to_remove", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `kb_id` with this value.
        pub fn kb_id(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(format!("name=\"{}\"\r\n\r\n{}\r\n", "kb_id", value)),
            )
        }
        ///Matches a request whose form has a part `new_faqs` with this value.
        pub fn new_faqs(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "new_faqs", value),
                    ),
            )
        }
        ///Matches a request whose form has a file part `new_files` with this file name.
        pub fn new_files(self, file_name: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"; filename=\"{}\"", "new_files", file_name),
                    ),
            )
        }
        ///Matches a request whose form has a part `new_files_metadata` with this value.
        pub fn new_files_metadata(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "new_files_metadata", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `new_urls` with this value.
        pub fn new_urls(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "new_urls", value),
                    ),
            )
        }
        ///Matches a request whose form has a part `urls_to_remove` with this value.
        pub fn urls_to_remove(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .body_includes(
                        format!("name=\"{}\"\r\n\r\n{}\r\n", "urls_to_remove", value),
                    ),
            )
        }
    }
    ///The response to `PATCH /external/kb` (`edit_knowledge_base`), typed by status.
    pub struct EditKnowledgeBaseThen(::httpmock::Then);
    impl EditKnowledgeBaseThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EditKnowledgeBaseResponse) -> Self {
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
    ///What a request to `GET /external/kb/all` (`list_knowledge_bases`) must look like; method and path are already matched.
    pub struct ListKnowledgeBasesWhen(::httpmock::When);
    impl ListKnowledgeBasesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/external/kb/all$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    ///The response to `GET /external/kb/all` (`list_knowledge_bases`), typed by status.
    pub struct ListKnowledgeBasesThen(::httpmock::Then);
    impl ListKnowledgeBasesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListKnowledgeBasesResponse) -> Self {
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
    ///What a request to `GET /external/kb/{kb_id}` (`get_knowledge_base`) must look like; method and path are already matched.
    pub struct GetKnowledgeBaseWhen(::httpmock::When);
    impl GetKnowledgeBaseWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/external/kb/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn kb_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/external/kb/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `GET /external/kb/{kb_id}` (`get_knowledge_base`), typed by status.
    pub struct GetKnowledgeBaseThen(::httpmock::Then);
    impl GetKnowledgeBaseThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetKnowledgeBaseResponse) -> Self {
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
    ///What a request to `DELETE /external/kb/{kb_id}` (`delete_knowledge_base`) must look like; method and path are already matched.
    pub struct DeleteKnowledgeBaseWhen(::httpmock::When);
    impl DeleteKnowledgeBaseWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/external/kb/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn kb_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/external/kb/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    ///The response to `DELETE /external/kb/{kb_id}` (`delete_knowledge_base`), typed by status.
    pub struct DeleteKnowledgeBaseThen(::httpmock::Then);
    impl DeleteKnowledgeBaseThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteKnowledgeBaseResponse) -> Self {
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
    ///What a request to `POST /public/agent` (`create_agent`) must look like; method and path are already matched.
    pub struct CreateAgentWhen(::httpmock::When);
    impl CreateAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/public/agent$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateAgentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `POST /public/agent` (`create_agent`), typed by status.
    pub struct CreateAgentThen(::httpmock::Then);
    impl CreateAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateAgentResponse) -> Self {
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
    ///What a request to `PATCH /public/agent/{agent_id}` (`update_agent`) must look like; method and path are already matched.
    pub struct UpdateAgentWhen(::httpmock::When);
    impl UpdateAgentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/public/agent/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/public/agent/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateAgentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The response to `PATCH /public/agent/{agent_id}` (`update_agent`), typed by status.
    pub struct UpdateAgentThen(::httpmock::Then);
    impl UpdateAgentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateAgentResponse) -> Self {
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
    ///What a request to `GET /workspace` (`get_workspace`) must look like; method and path are already matched.
    pub struct GetWorkspaceWhen(::httpmock::When);
    impl GetWorkspaceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/workspace$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    ///The response to `GET /workspace` (`get_workspace`), typed by status.
    pub struct GetWorkspaceThen(::httpmock::Then);
    impl GetWorkspaceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WorkspaceInfoResponse) -> Self {
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
    ///What a request to `GET /workspace/all` (`list_user_workspaces`) must look like; method and path are already matched.
    pub struct ListUserWorkspacesWhen(::httpmock::When);
    impl ListUserWorkspacesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/workspace/all$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    ///The response to `GET /workspace/all` (`list_user_workspaces`), typed by status.
    pub struct ListUserWorkspacesThen(::httpmock::Then);
    impl ListUserWorkspacesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UserWorkspacesResponse) -> Self {
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
    ///What a request to `PATCH /workspace/api-key` (`regenerate_api_key`) must look like; method and path are already matched.
    pub struct RegenerateApiKeyWhen(::httpmock::When);
    impl RegenerateApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/workspace/api-key$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    ///The response to `PATCH /workspace/api-key` (`regenerate_api_key`), typed by status.
    pub struct RegenerateApiKeyThen(::httpmock::Then);
    impl RegenerateApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RegenerateApiKeyResponse) -> Self {
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
    ///What a request to `GET /workspace/numbers` (`list_workspace_numbers`) must look like; method and path are already matched.
    pub struct ListWorkspaceNumbersWhen(::httpmock::When);
    impl ListWorkspaceNumbersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/workspace/numbers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    ///The response to `GET /workspace/numbers` (`list_workspace_numbers`), typed by status.
    pub struct ListWorkspaceNumbersThen(::httpmock::Then);
    impl ListWorkspaceNumbersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WorkspaceNumbersResponse) -> Self {
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
    ///What a request to `GET /workspace/users` (`list_workspace_users`) must look like; method and path are already matched.
    pub struct ListWorkspaceUsersWhen(::httpmock::When);
    impl ListWorkspaceUsersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/workspace/users$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn offset<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("offset", value.to_string()))
            } else {
                Self(self.0.query_param_missing("offset"))
            }
        }
    }
    ///The response to `GET /workspace/users` (`list_workspace_users`), typed by status.
    pub struct ListWorkspaceUsersThen(::httpmock::Then);
    impl ListWorkspaceUsersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WorkspaceUsersResponse) -> Self {
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
    ///Mocks `GET /agent/all` (`list_assistants`): `config_fn` gets the typed `When` and `Then`.
    fn list_assistants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAssistantsWhen, operations::ListAssistantsThen);
    ///Mocks `PATCH /agent/v1` (`edit_assistant`): `config_fn` gets the typed `When` and `Then`.
    fn edit_assistant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EditAssistantWhen, operations::EditAssistantThen);
    ///Mocks `GET /agent/voices` (`list_assistant_voices`): `config_fn` gets the typed `When` and `Then`.
    fn list_assistant_voices<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAssistantVoicesWhen,
            operations::ListAssistantVoicesThen,
        );
    ///Mocks `GET /agent/{agent_id}` (`get_assistant`): `config_fn` gets the typed `When` and `Then`.
    fn get_assistant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAssistantWhen, operations::GetAssistantThen);
    ///Mocks `DELETE /agent/{agent_id}` (`delete_assistant`): `config_fn` gets the typed `When` and `Then`.
    fn delete_assistant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAssistantWhen, operations::DeleteAssistantThen);
    ///Mocks `GET /analytics/classification-analytics` (`get_classification_analytics`): `config_fn` gets the typed `When` and `Then`.
    fn get_classification_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetClassificationAnalyticsWhen,
            operations::GetClassificationAnalyticsThen,
        );
    ///Mocks `GET /analytics/drill-down-analytics` (`get_drill_down_analytics`): `config_fn` gets the typed `When` and `Then`.
    fn get_drill_down_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDrillDownAnalyticsWhen,
            operations::GetDrillDownAnalyticsThen,
        );
    ///Mocks `GET /analytics/duration-distribution` (`get_duration_distribution`): `config_fn` gets the typed `When` and `Then`.
    fn get_duration_distribution<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDurationDistributionWhen,
            operations::GetDurationDistributionThen,
        );
    ///Mocks `GET /analytics/number-analytics` (`get_number_analytics`): `config_fn` gets the typed `When` and `Then`.
    fn get_number_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetNumberAnalyticsWhen,
            operations::GetNumberAnalyticsThen,
        );
    ///Mocks `GET /analytics/platform-analytics` (`get_platform_analytics`): `config_fn` gets the typed `When` and `Then`.
    fn get_platform_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlatformAnalyticsWhen,
            operations::GetPlatformAnalyticsThen,
        );
    ///Mocks `GET /calling/call-details` (`get_call_details`): `config_fn` gets the typed `When` and `Then`.
    fn get_call_details<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallDetailsWhen, operations::GetCallDetailsThen);
    ///Mocks `DELETE /calling/contact/{list_id}` (`delete_contact_list`): `config_fn` gets the typed `When` and `Then`.
    fn delete_contact_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteContactListWhen, operations::DeleteContactListThen);
    ///Mocks `GET /calling/history` (`list_call_history`): `config_fn` gets the typed `When` and `Then`.
    fn list_call_history<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCallHistoryWhen, operations::ListCallHistoryThen);
    ///Mocks `POST /calling/history/download` (`download_call_history`): `config_fn` gets the typed `When` and `Then`.
    fn download_call_history<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DownloadCallHistoryWhen,
            operations::DownloadCallHistoryThen,
        );
    ///Mocks `POST /calling/outbound/individual` (`initiate_individual_call`): `config_fn` gets the typed `When` and `Then`.
    fn initiate_individual_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::InitiateIndividualCallWhen,
            operations::InitiateIndividualCallThen,
        );
    ///Mocks `POST /calling/v2/outbound/individual` (`initiate_individual_call_v2`): `config_fn` gets the typed `When` and `Then`.
    fn initiate_individual_call_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::InitiateIndividualCallV2When,
            operations::InitiateIndividualCallV2Then,
        );
    ///Mocks `GET /campaign/all` (`list_campaigns`): `config_fn` gets the typed `When` and `Then`.
    fn list_campaigns<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCampaignsWhen, operations::ListCampaignsThen);
    ///Mocks `POST /campaign/check-balance/{bulk_list_id}` (`check_large_campaign_balance`): `config_fn` gets the typed `When` and `Then`.
    fn check_large_campaign_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CheckLargeCampaignBalanceWhen,
            operations::CheckLargeCampaignBalanceThen,
        );
    ///Mocks `POST /campaign/make-call-async` (`start_large_campaign_calls`): `config_fn` gets the typed `When` and `Then`.
    fn start_large_campaign_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::StartLargeCampaignCallsWhen,
            operations::StartLargeCampaignCallsThen,
        );
    ///Mocks `POST /campaign/save` (`upload_campaign_contact_list`): `config_fn` gets the typed `When` and `Then`.
    fn upload_campaign_contact_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UploadCampaignContactListWhen,
            operations::UploadCampaignContactListThen,
        );
    ///Mocks `POST /campaign/start` (`start_campaign`): `config_fn` gets the typed `When` and `Then`.
    fn start_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StartCampaignWhen, operations::StartCampaignThen);
    ///Mocks `PATCH /campaign/terminate` (`terminate_calls`): `config_fn` gets the typed `When` and `Then`.
    fn terminate_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TerminateCallsWhen, operations::TerminateCallsThen);
    ///Mocks `PATCH /campaign/terminate/agent` (`terminate_calls_by_agent`): `config_fn` gets the typed `When` and `Then`.
    fn terminate_calls_by_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCallsByAgentWhen,
            operations::TerminateCallsByAgentThen,
        );
    ///Mocks `PATCH /campaign/terminate/calls` (`terminate_calls_by_ids`): `config_fn` gets the typed `When` and `Then`.
    fn terminate_calls_by_ids<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCallsByIdsWhen,
            operations::TerminateCallsByIdsThen,
        );
    ///Mocks `PATCH /campaign/terminate/campaign-numbers` (`terminate_campaign_numbers`): `config_fn` gets the typed `When` and `Then`.
    fn terminate_campaign_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCampaignNumbersWhen,
            operations::TerminateCampaignNumbersThen,
        );
    ///Mocks `PATCH /campaign/terminate/numbers` (`terminate_calls_by_numbers`): `config_fn` gets the typed `When` and `Then`.
    fn terminate_calls_by_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCallsByNumbersWhen,
            operations::TerminateCallsByNumbersThen,
        );
    ///Mocks `POST /campaign/upload-csv` (`upload_large_campaign_csv`): `config_fn` gets the typed `When` and `Then`.
    fn upload_large_campaign_csv<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UploadLargeCampaignCsvWhen,
            operations::UploadLargeCampaignCsvThen,
        );
    ///Mocks `GET /campaign/upload-status/{bulk_list_id}` (`get_large_campaign_upload_status`): `config_fn` gets the typed `When` and `Then`.
    fn get_large_campaign_upload_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetLargeCampaignUploadStatusWhen,
            operations::GetLargeCampaignUploadStatusThen,
        );
    ///Mocks `POST /campaign/v2/start` (`start_campaign_v2`): `config_fn` gets the typed `When` and `Then`.
    fn start_campaign_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StartCampaignV2When, operations::StartCampaignV2Then);
    ///Mocks `POST /external/kb` (`create_knowledge_base`): `config_fn` gets the typed `When` and `Then`.
    fn create_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateKnowledgeBaseWhen,
            operations::CreateKnowledgeBaseThen,
        );
    ///Mocks `PATCH /external/kb` (`edit_knowledge_base`): `config_fn` gets the typed `When` and `Then`.
    fn edit_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EditKnowledgeBaseWhen, operations::EditKnowledgeBaseThen);
    ///Mocks `GET /external/kb/all` (`list_knowledge_bases`): `config_fn` gets the typed `When` and `Then`.
    fn list_knowledge_bases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListKnowledgeBasesWhen,
            operations::ListKnowledgeBasesThen,
        );
    ///Mocks `GET /external/kb/{kb_id}` (`get_knowledge_base`): `config_fn` gets the typed `When` and `Then`.
    fn get_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetKnowledgeBaseWhen, operations::GetKnowledgeBaseThen);
    ///Mocks `DELETE /external/kb/{kb_id}` (`delete_knowledge_base`): `config_fn` gets the typed `When` and `Then`.
    fn delete_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteKnowledgeBaseWhen,
            operations::DeleteKnowledgeBaseThen,
        );
    ///Mocks `POST /public/agent` (`create_agent`): `config_fn` gets the typed `When` and `Then`.
    fn create_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentWhen, operations::CreateAgentThen);
    ///Mocks `PATCH /public/agent/{agent_id}` (`update_agent`): `config_fn` gets the typed `When` and `Then`.
    fn update_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateAgentWhen, operations::UpdateAgentThen);
    ///Mocks `GET /workspace` (`get_workspace`): `config_fn` gets the typed `When` and `Then`.
    fn get_workspace<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetWorkspaceWhen, operations::GetWorkspaceThen);
    ///Mocks `GET /workspace/all` (`list_user_workspaces`): `config_fn` gets the typed `When` and `Then`.
    fn list_user_workspaces<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListUserWorkspacesWhen,
            operations::ListUserWorkspacesThen,
        );
    ///Mocks `PATCH /workspace/api-key` (`regenerate_api_key`): `config_fn` gets the typed `When` and `Then`.
    fn regenerate_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RegenerateApiKeyWhen, operations::RegenerateApiKeyThen);
    ///Mocks `GET /workspace/numbers` (`list_workspace_numbers`): `config_fn` gets the typed `When` and `Then`.
    fn list_workspace_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListWorkspaceNumbersWhen,
            operations::ListWorkspaceNumbersThen,
        );
    ///Mocks `GET /workspace/users` (`list_workspace_users`): `config_fn` gets the typed `When` and `Then`.
    fn list_workspace_users<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListWorkspaceUsersWhen,
            operations::ListWorkspaceUsersThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_assistants<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAssistantsWhen, operations::ListAssistantsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAssistantsWhen::new(when),
                operations::ListAssistantsThen::new(then),
            )
        })
    }
    fn edit_assistant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EditAssistantWhen, operations::EditAssistantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::EditAssistantWhen::new(when),
                operations::EditAssistantThen::new(then),
            )
        })
    }
    fn list_assistant_voices<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAssistantVoicesWhen,
            operations::ListAssistantVoicesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAssistantVoicesWhen::new(when),
                operations::ListAssistantVoicesThen::new(then),
            )
        })
    }
    fn get_assistant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAssistantWhen, operations::GetAssistantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAssistantWhen::new(when),
                operations::GetAssistantThen::new(then),
            )
        })
    }
    fn delete_assistant<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAssistantWhen, operations::DeleteAssistantThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAssistantWhen::new(when),
                operations::DeleteAssistantThen::new(then),
            )
        })
    }
    fn get_classification_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetClassificationAnalyticsWhen,
            operations::GetClassificationAnalyticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetClassificationAnalyticsWhen::new(when),
                operations::GetClassificationAnalyticsThen::new(then),
            )
        })
    }
    fn get_drill_down_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDrillDownAnalyticsWhen,
            operations::GetDrillDownAnalyticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDrillDownAnalyticsWhen::new(when),
                operations::GetDrillDownAnalyticsThen::new(then),
            )
        })
    }
    fn get_duration_distribution<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDurationDistributionWhen,
            operations::GetDurationDistributionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDurationDistributionWhen::new(when),
                operations::GetDurationDistributionThen::new(then),
            )
        })
    }
    fn get_number_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetNumberAnalyticsWhen,
            operations::GetNumberAnalyticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetNumberAnalyticsWhen::new(when),
                operations::GetNumberAnalyticsThen::new(then),
            )
        })
    }
    fn get_platform_analytics<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetPlatformAnalyticsWhen,
            operations::GetPlatformAnalyticsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetPlatformAnalyticsWhen::new(when),
                operations::GetPlatformAnalyticsThen::new(then),
            )
        })
    }
    fn get_call_details<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCallDetailsWhen, operations::GetCallDetailsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCallDetailsWhen::new(when),
                operations::GetCallDetailsThen::new(then),
            )
        })
    }
    fn delete_contact_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteContactListWhen, operations::DeleteContactListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteContactListWhen::new(when),
                operations::DeleteContactListThen::new(then),
            )
        })
    }
    fn list_call_history<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCallHistoryWhen, operations::ListCallHistoryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCallHistoryWhen::new(when),
                operations::ListCallHistoryThen::new(then),
            )
        })
    }
    fn download_call_history<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DownloadCallHistoryWhen,
            operations::DownloadCallHistoryThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DownloadCallHistoryWhen::new(when),
                operations::DownloadCallHistoryThen::new(then),
            )
        })
    }
    fn initiate_individual_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::InitiateIndividualCallWhen,
            operations::InitiateIndividualCallThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::InitiateIndividualCallWhen::new(when),
                operations::InitiateIndividualCallThen::new(then),
            )
        })
    }
    fn initiate_individual_call_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::InitiateIndividualCallV2When,
            operations::InitiateIndividualCallV2Then,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::InitiateIndividualCallV2When::new(when),
                operations::InitiateIndividualCallV2Then::new(then),
            )
        })
    }
    fn list_campaigns<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCampaignsWhen, operations::ListCampaignsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCampaignsWhen::new(when),
                operations::ListCampaignsThen::new(then),
            )
        })
    }
    fn check_large_campaign_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CheckLargeCampaignBalanceWhen,
            operations::CheckLargeCampaignBalanceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CheckLargeCampaignBalanceWhen::new(when),
                operations::CheckLargeCampaignBalanceThen::new(then),
            )
        })
    }
    fn start_large_campaign_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::StartLargeCampaignCallsWhen,
            operations::StartLargeCampaignCallsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StartLargeCampaignCallsWhen::new(when),
                operations::StartLargeCampaignCallsThen::new(then),
            )
        })
    }
    fn upload_campaign_contact_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UploadCampaignContactListWhen,
            operations::UploadCampaignContactListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UploadCampaignContactListWhen::new(when),
                operations::UploadCampaignContactListThen::new(then),
            )
        })
    }
    fn start_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StartCampaignWhen, operations::StartCampaignThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StartCampaignWhen::new(when),
                operations::StartCampaignThen::new(then),
            )
        })
    }
    fn terminate_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TerminateCallsWhen, operations::TerminateCallsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TerminateCallsWhen::new(when),
                operations::TerminateCallsThen::new(then),
            )
        })
    }
    fn terminate_calls_by_agent<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCallsByAgentWhen,
            operations::TerminateCallsByAgentThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TerminateCallsByAgentWhen::new(when),
                operations::TerminateCallsByAgentThen::new(then),
            )
        })
    }
    fn terminate_calls_by_ids<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCallsByIdsWhen,
            operations::TerminateCallsByIdsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TerminateCallsByIdsWhen::new(when),
                operations::TerminateCallsByIdsThen::new(then),
            )
        })
    }
    fn terminate_campaign_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCampaignNumbersWhen,
            operations::TerminateCampaignNumbersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TerminateCampaignNumbersWhen::new(when),
                operations::TerminateCampaignNumbersThen::new(then),
            )
        })
    }
    fn terminate_calls_by_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::TerminateCallsByNumbersWhen,
            operations::TerminateCallsByNumbersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TerminateCallsByNumbersWhen::new(when),
                operations::TerminateCallsByNumbersThen::new(then),
            )
        })
    }
    fn upload_large_campaign_csv<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UploadLargeCampaignCsvWhen,
            operations::UploadLargeCampaignCsvThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UploadLargeCampaignCsvWhen::new(when),
                operations::UploadLargeCampaignCsvThen::new(then),
            )
        })
    }
    fn get_large_campaign_upload_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetLargeCampaignUploadStatusWhen,
            operations::GetLargeCampaignUploadStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetLargeCampaignUploadStatusWhen::new(when),
                operations::GetLargeCampaignUploadStatusThen::new(then),
            )
        })
    }
    fn start_campaign_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StartCampaignV2When, operations::StartCampaignV2Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StartCampaignV2When::new(when),
                operations::StartCampaignV2Then::new(then),
            )
        })
    }
    fn create_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateKnowledgeBaseWhen,
            operations::CreateKnowledgeBaseThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateKnowledgeBaseWhen::new(when),
                operations::CreateKnowledgeBaseThen::new(then),
            )
        })
    }
    fn edit_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EditKnowledgeBaseWhen, operations::EditKnowledgeBaseThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::EditKnowledgeBaseWhen::new(when),
                operations::EditKnowledgeBaseThen::new(then),
            )
        })
    }
    fn list_knowledge_bases<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListKnowledgeBasesWhen,
            operations::ListKnowledgeBasesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListKnowledgeBasesWhen::new(when),
                operations::ListKnowledgeBasesThen::new(then),
            )
        })
    }
    fn get_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetKnowledgeBaseWhen, operations::GetKnowledgeBaseThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetKnowledgeBaseWhen::new(when),
                operations::GetKnowledgeBaseThen::new(then),
            )
        })
    }
    fn delete_knowledge_base<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteKnowledgeBaseWhen,
            operations::DeleteKnowledgeBaseThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteKnowledgeBaseWhen::new(when),
                operations::DeleteKnowledgeBaseThen::new(then),
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
    fn get_workspace<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetWorkspaceWhen, operations::GetWorkspaceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetWorkspaceWhen::new(when),
                operations::GetWorkspaceThen::new(then),
            )
        })
    }
    fn list_user_workspaces<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListUserWorkspacesWhen,
            operations::ListUserWorkspacesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListUserWorkspacesWhen::new(when),
                operations::ListUserWorkspacesThen::new(then),
            )
        })
    }
    fn regenerate_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RegenerateApiKeyWhen, operations::RegenerateApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RegenerateApiKeyWhen::new(when),
                operations::RegenerateApiKeyThen::new(then),
            )
        })
    }
    fn list_workspace_numbers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListWorkspaceNumbersWhen,
            operations::ListWorkspaceNumbersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListWorkspaceNumbersWhen::new(when),
                operations::ListWorkspaceNumbersThen::new(then),
            )
        })
    }
    fn list_workspace_users<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListWorkspaceUsersWhen,
            operations::ListWorkspaceUsersThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListWorkspaceUsersWhen::new(when),
                operations::ListWorkspaceUsersThen::new(then),
            )
        })
    }
}
