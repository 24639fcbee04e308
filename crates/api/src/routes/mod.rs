//! One handler per file, grouped by resource: each resource's folder holds its wire types
//! (`json`), its record's rules (`record`), and one file per action. Shared helpers live
//! outside `routes` (`kernel`, `audit`, `etag`, `policy`), so no handler imports from its parent.

pub mod annual_reviews;
pub mod applications_to_practice;
pub mod attendance;
pub mod audit;
pub mod auth;
pub mod calendar_feeds;
pub mod coach_assignments;
pub mod coaching_logs;
pub mod cohorts;
pub mod completion;
pub mod completion_rosters;
pub mod districts;
pub mod documents;
pub mod enrollments;
pub mod events;
pub mod fees;
pub mod follow_ups;
pub mod health;
pub mod hours;
pub mod ilps;
pub mod job_shadows;
pub mod me;
pub mod meeting_counts;
pub mod members;
pub mod notifications;
pub mod pl_hours;
pub mod portfolio_review;
pub mod professional_learning;
pub mod programs;
pub mod reflections;
pub mod registrations;
pub mod requests;
pub mod standards;
pub mod to_do;
pub mod users;

/// Every `/api` handler; the OpenAPI document is collected from this list.
pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(auth::login::login)
        .service(auth::refresh::refresh)
        .service(auth::logout::logout)
        .service(auth::password::change_password)
        .service(auth::settings::settings)
        .service(auth::password_reset::ask)
        .service(auth::password_link::inspect)
        .service(auth::set_password::set_password)
        .service(me::get::get)
        .service(me::enrollments::my_enrollments)
        .service(me::candidates::my_candidates)
        .service(notifications::list::my_notifications)
        .service(notifications::read_all::read_all_notifications)
        .service(notifications::read::read_notification)
        .service(notifications::deliveries::list_deliveries)
        .service(notifications::my_preferences::my_preferences)
        .service(notifications::update_preferences::update_preferences)
        .service(notifications::unsubscribe::unsubscribe)
        .service(users::list::list)
        .service(users::create::create)
        .service(users::get::get)
        .service(users::update::update)
        .service(users::invitation::invite)
        .service(programs::list::list)
        .service(programs::create::create)
        .service(programs::get::get)
        .service(programs::update::update)
        .service(programs::overview::overview)
        .service(programs::defaults::defaults)
        .service(members::list::list)
        .service(members::create::create)
        .service(members::delete::delete)
        .service(cohorts::list::list)
        .service(cohorts::create::create)
        .service(cohorts::update::update)
        .service(districts::list::list)
        .service(districts::create::create)
        .service(districts::update::update)
        .service(enrollments::list::list)
        .service(enrollments::create::create)
        .service(enrollments::get::get)
        .service(enrollments::update::update)
        .service(enrollments::status::change_status)
        .service(coach_assignments::list::list)
        .service(coach_assignments::create::create)
        .service(coach_assignments::end::end)
        .service(coaching_logs::list::list)
        .service(coaching_logs::create::create)
        .service(coaching_logs::get::get)
        .service(coaching_logs::update::update)
        .service(coaching_logs::delete::delete)
        .service(coaching_logs::submit::submit)
        .service(coaching_logs::acknowledge::acknowledge)
        .service(coaching_logs::return_to_coach::return_to_coach)
        .service(coaching_logs::revisions::revisions)
        .service(ilps::list::list)
        .service(ilps::create::create)
        .service(ilps::coverage::coverage_of)
        .service(ilps::get::get)
        .service(ilps::update::update)
        .service(ilps::delete::delete)
        .service(ilps::status::change_status)
        .service(ilps::revisions::revisions)
        .service(ilps::comments::comments)
        .service(ilps::comment::comment)
        .service(reflections::terms::terms)
        .service(reflections::create::create)
        .service(reflections::growth::growth_of)
        .service(reflections::get::get)
        .service(reflections::update::update)
        .service(reflections::submit::submit)
        .service(reflections::reopen::reopen)
        .service(reflections::program::program)
        .service(applications_to_practice::of_enrollment::of_enrollment)
        .service(applications_to_practice::create::create)
        .service(applications_to_practice::get::get)
        .service(applications_to_practice::update::update)
        .service(applications_to_practice::submit::submit)
        .service(applications_to_practice::comments::comments)
        .service(applications_to_practice::comment::comment)
        .service(events::list::list)
        .service(events::create::create)
        .service(events::get::get)
        .service(events::update::update)
        .service(events::copy::copy)
        .service(events::cancel::cancel)
        .service(events::calendar::calendar)
        .service(calendar_feeds::get::get)
        .service(calendar_feeds::create::create)
        .service(calendar_feeds::delete::delete)
        .service(calendar_feeds::feed::feed)
        .service(registrations::roster::roster)
        .service(registrations::register::register)
        .service(registrations::get::get)
        .service(registrations::cancel::cancel)
        .service(attendance::sheet::sheet)
        .service(attendance::export::export_csv)
        .service(attendance::all_present::all_present)
        .service(attendance::mark::mark)
        .service(attendance::get::get)
        .service(attendance::revisions::revisions)
        .service(documents::list::list)
        .service(documents::upload::upload)
        .service(documents::get::get)
        .service(documents::file::file)
        .service(documents::new_version::new_version)
        .service(documents::delete::delete)
        .service(professional_learning::list::list)
        .service(professional_learning::create::create)
        .service(professional_learning::queue::queue)
        .service(professional_learning::get::get)
        .service(professional_learning::update::update)
        .service(professional_learning::submit::submit)
        .service(professional_learning::decide::decide)
        .service(pl_hours::enrollment::enrollment_hours)
        .service(pl_hours::table::table)
        .service(pl_hours::export::export_csv)
        .service(portfolio_review::list::list)
        .service(portfolio_review::export::export_csv)
        .service(to_do::list::to_do)
        .service(follow_ups::create::contact_candidate)
        .service(follow_ups::list::list_follow_ups)
        .service(follow_ups::resolve::resolve_follow_up)
        .service(follow_ups::reopen::reopen_follow_up)
        .service(annual_reviews::list::list_annual_reviews)
        .service(annual_reviews::mark::mark_reviewed)
        .service(completion::program_status::program_completion_status)
        .service(completion_rosters::list::list)
        .service(completion_rosters::create::create)
        .service(completion_rosters::get::get)
        .service(completion_rosters::submit::submit)
        .service(completion_rosters::export::export_csv)
        .service(completion::get::get)
        .service(completion::confirm::confirm)
        .service(completion::unconfirm::unconfirm)
        .service(completion::sign::sign)
        .service(job_shadows::list::list)
        .service(job_shadows::create::create)
        .service(job_shadows::get::get)
        .service(job_shadows::update::update)
        .service(job_shadows::submit::submit)
        .service(fees::enrollment::enrollment_fees)
        .service(fees::record_payment::record_payment)
        .service(fees::reverse::reverse)
        .service(fees::change_plan::change_plan)
        .service(fees::receivables::receivables)
        .service(fees::export::export_csv)
        .service(requests::create::create)
        .service(requests::list::list)
        .service(requests::queue::queue)
        .service(requests::get::get)
        .service(requests::review::review)
        .service(requests::decide::decide)
        .service(requests::close::close)
        .service(requests::cancel::cancel)
        .service(requests::comments::comments)
        .service(requests::comment::comment)
        .service(meeting_counts::enrollment::enrollment_counts)
        .service(meeting_counts::coach::coach_counts)
        .service(meeting_counts::table::program_counts)
        .service(meeting_counts::export::counts_csv)
        .service(reflections::export::export_csv)
        .service(hours::enrollment::enrollment_ledger)
        .service(hours::caseload::caseload)
        .service(hours::table::table)
        .service(hours::export::export_csv)
        .service(standards::list::list)
        .service(audit::list::list);
}
