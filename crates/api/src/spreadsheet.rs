//! CSV downloads: every export writes its lines into a [`Sheet`] and answers with
//! [`download`], so the encoding, the errors and the headers are the same everywhere.

use crate::error::ApiError;
use actix_web::http::header;
use actix_web::HttpResponse;

/// A CSV file being written. Flexible: an export may hold two tables of different widths.
pub(crate) struct Sheet(csv::Writer<Vec<u8>>);

fn fail(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(format!("csv: {e}"))
}

impl Sheet {
    pub fn new() -> Sheet {
        Sheet(csv::WriterBuilder::new().flexible(true).from_writer(Vec::new()))
    }

    pub fn line<I>(&mut self, fields: I) -> Result<(), ApiError>
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        self.0.write_record(fields).map_err(fail)
    }

    pub fn finish(self) -> Result<String, ApiError> {
        String::from_utf8(self.0.into_inner().map_err(fail)?).map_err(fail)
    }
}

/// 200 with the CSV as a file the browser saves as `filename`.
pub(crate) fn download(filename: &str, csv: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .body(csv)
}

/// Hours as "H:MM": exact, and read as a duration by spreadsheets.
pub(crate) fn hm(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// A requirement met or a mark, as the spreadsheets say it.
pub(crate) fn yes_no(yes: bool) -> &'static str {
    if yes {
        "yes"
    } else {
        "no"
    }
}
