// The tables of migrations/{sqlite,postgres}; `tests/contract_files.rs` checks both agree with it.

diesel::table! {
    access_generation (id) {
        id -> Integer,
        n -> BigInt,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        email_key -> Text,
        username -> Text,
        username_key -> Text,
        display_name -> Text,
        password_hash -> Text,
        status -> Text,
        must_change_password -> Bool,
        is_admin -> Bool,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Text,
        session_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    programs (id) {
        id -> Text,
        name -> Text,
        organisation -> Text,
        framework -> Text,
        time_zone -> Text,
        settings -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cohorts (id) {
        id -> Text,
        program_id -> Text,
        label -> Text,
        start_date -> Date,
        program_years -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    districts (id) {
        id -> Text,
        program_id -> Text,
        name -> Text,
        county -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        user_id -> Text,
        program_id -> Text,
        role -> Text,
        district_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    enrollments (id) {
        id -> Text,
        program_id -> Text,
        candidate_id -> Text,
        cohort_id -> Text,
        start_date -> Date,
        status -> Text,
        district_id -> Text,
        site -> Nullable<Text>,
        position -> Text,
        employment -> Text,
        supervisor_name -> Nullable<Text>,
        supervisor_email -> Nullable<Text>,
        credential_number -> Nullable<Text>,
        credential_issued_on -> Nullable<Date>,
        appointment_date -> Nullable<Date>,
        cost_structure -> Text,
        agreement_signed_on -> Nullable<Date>,
        employment_verified_on -> Nullable<Date>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        fee_payer -> Text,
        extension_years -> Integer,
        withdrawn_on -> Nullable<Date>,
        candidate_fee_cents -> Nullable<BigInt>,
    }
}

diesel::table! {
    coach_assignments (id) {
        id -> Text,
        enrollment_id -> Text,
        coach_id -> Text,
        start_date -> Date,
        end_date -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        program_id -> Nullable<Text>,
        action -> Text,
        entity -> Text,
        entity_id -> Text,
        before_json -> Nullable<Text>,
        after_json -> Nullable<Text>,
        confidential -> Bool,
    }
}

diesel::table! {
    completion_rosters (id) {
        id -> Text,
        program_id -> Text,
        enrollment_ids -> Text,
        status -> Text,
        created_by -> Text,
        submitted_by -> Nullable<Text>,
        submitted_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    annual_reviews (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        program_year -> Integer,
        reviewer -> Text,
        reviewed_by -> Text,
        reviewed_at -> Timestamp,
    }
}

diesel::table! {
    follow_ups (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        flags -> Text,
        message -> Text,
        status -> Text,
        created_by -> Text,
        resolved_by -> Nullable<Text>,
        resolved_at -> Nullable<Timestamp>,
        resolution -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    completion_verifications (id) {
        id -> Text,
        program_id -> Text,
        confirmations -> Text,
        signatures -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    coaching_logs (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        coach_id -> Text,
        state -> Text,
        meeting_date -> Nullable<Date>,
        meeting_month -> Nullable<Integer>,
        start_minute -> Nullable<Integer>,
        duration_minutes -> Nullable<Integer>,
        face_to_face_minutes -> Integer,
        mode -> Nullable<Text>,
        activity_codes -> Text,
        standards -> Text,
        focus -> Text,
        candidate_next_steps -> Text,
        coach_next_steps -> Text,
        ilp_revisions -> Text,
        next_meeting_date -> Nullable<Date>,
        next_meeting_minute -> Nullable<Integer>,
        follow_up_done -> Nullable<Bool>,
        submitted_at -> Nullable<Timestamp>,
        acknowledged_at -> Nullable<Timestamp>,
        acknowledged_by -> Nullable<Text>,
        acknowledgement_comment -> Nullable<Text>,
        returned_at -> Nullable<Timestamp>,
        returned_by -> Nullable<Text>,
        return_reason -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    revisions (id) {
        id -> Text,
        record_kind -> Text,
        record_id -> Text,
        version -> Integer,
        at -> Timestamp,
        by_id -> Text,
        action -> Text,
        changed_fields -> Text,
        before_json -> Text,
    }
}

diesel::table! {
    ilps (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        program_year -> Integer,
        status -> Text,
        standards -> Text,
        elements -> Text,
        focus -> Text,
        smart_goal -> Text,
        steps -> Text,
        pl_helped -> Nullable<Bool>,
        pl_explanation -> Text,
        reflective_summary -> Text,
        created_by -> Text,
        updated_by -> Text,
        activated_at -> Nullable<Timestamp>,
        completed_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        date_created -> Nullable<Date>,
    }
}

diesel::table! {
    comments (id) {
        id -> Text,
        record_kind -> Text,
        record_id -> Text,
        part -> Nullable<Text>,
        author_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reflections (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        term -> Text,
        status -> Text,
        entries -> Text,
        complete_elements -> Integer,
        meets_elements -> Integer,
        submitted_at -> Nullable<Timestamp>,
        reopened_at -> Nullable<Timestamp>,
        reopened_by -> Nullable<Text>,
        reopen_reason -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    applications_to_practice (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        reflection_id -> Text,
        status -> Text,
        content -> Text,
        counts_for_pl -> Bool,
        submitted_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    events (id) {
        id -> Text,
        program_id -> Text,
        kind -> Text,
        title -> Text,
        description -> Text,
        cohort_id -> Nullable<Text>,
        district_id -> Nullable<Text>,
        audience -> Text,
        location_name -> Text,
        location_room -> Text,
        location_address -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        capacity -> Nullable<Integer>,
        registration_opens_at -> Nullable<Timestamp>,
        registration_closes_at -> Nullable<Timestamp>,
        credited_minutes -> Integer,
        status -> Text,
        cancelled_at -> Nullable<Timestamp>,
        cancelled_by -> Nullable<Text>,
        cancel_reason -> Nullable<Text>,
        created_by -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    calendar_feeds (user_id) {
        user_id -> Text,
        secret_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    event_registrations (id) {
        id -> Text,
        event_id -> Text,
        program_id -> Text,
        user_id -> Text,
        state -> Text,
        arrival -> Integer,
        registered_by -> Text,
        registered_at -> Timestamp,
        promoted_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        cancelled_by -> Nullable<Text>,
        version -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    attendance (id) {
        id -> Text,
        event_id -> Text,
        program_id -> Text,
        user_id -> Text,
        status -> Text,
        walk_in -> Bool,
        note -> Text,
        credited_minutes -> Integer,
        makeup_event_id -> Nullable<Text>,
        makeup_on -> Nullable<Date>,
        makeup_note -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        version -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    documents (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        kind -> Text,
        title -> Text,
        activity_date -> Date,
        minutes -> Nullable<Integer>,
        coaching_log_id -> Nullable<Text>,
        uploaded_by -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        professional_learning_id -> Nullable<Text>,
        experience_id -> Nullable<Text>,
        request_id -> Nullable<Text>,
    }
}

diesel::table! {
    document_versions (id) {
        id -> Text,
        document_id -> Text,
        number -> Integer,
        storage_key -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(refresh_tokens -> sessions (session_id));
diesel::joinable!(cohorts -> programs (program_id));
diesel::joinable!(districts -> programs (program_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> programs (program_id));
diesel::joinable!(enrollments -> users (candidate_id));
diesel::joinable!(enrollments -> cohorts (cohort_id));
diesel::joinable!(enrollments -> districts (district_id));
diesel::joinable!(enrollments -> programs (program_id));
diesel::table! {
    monthly_coaching_hours (enrollment_id, month, state) {
        enrollment_id -> Text,
        month -> Integer,
        state -> Text,
        program_id -> Text,
        minutes -> Integer,
        face_to_face_minutes -> Integer,
        sessions -> Integer,
    }
}

diesel::joinable!(coach_assignments -> enrollments (enrollment_id));
diesel::joinable!(coach_assignments -> users (coach_id));

diesel::table! {
    professional_learning (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        title -> Text,
        activity_date -> Date,
        minutes -> Integer,
        ilp_id -> Nullable<Text>,
        reflection -> Text,
        status -> Text,
        submitted_at -> Nullable<Timestamp>,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        decision_reason -> Nullable<Text>,
        created_by -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    job_shadows_and_visits (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        kind -> Text,
        activity_date -> Date,
        minutes -> Nullable<Integer>,
        form -> Text,
        status -> Text,
        submitted_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    payments (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        paid_on -> Date,
        payer -> Text,
        amount_cents -> BigInt,
        method -> Text,
        reference -> Nullable<Text>,
        reverses_id -> Nullable<Text>,
        note -> Nullable<Text>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    requests (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        candidate_id -> Text,
        kind -> Text,
        form -> Text,
        status -> Text,
        decision -> Nullable<Text>,
        steps -> Text,
        submitted_by -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    fee_charges (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        kind -> Text,
        program_year -> Integer,
        due_on -> Date,
        amount_cents -> BigInt,
        request_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    fee_plan_changes (id) {
        id -> Text,
        program_id -> Text,
        enrollment_id -> Text,
        effective_on -> Date,
        from_cost_structure -> Text,
        from_fee_payer -> Text,
        from_district_id -> Text,
        cost_structure -> Text,
        fee_payer -> Text,
        district_id -> Text,
        paid_agency_cents -> BigInt,
        paid_candidate_cents -> BigInt,
        note -> Nullable<Text>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        from_candidate_fee_cents -> Nullable<BigInt>,
        candidate_fee_cents -> Nullable<BigInt>,
    }
}

diesel::table! {
    notifications (id) {
        id -> Text,
        recipient_id -> Text,
        program_id -> Nullable<Text>,
        kind -> Text,
        title -> Text,
        body -> Text,
        link -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        email_status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notification_preferences (user_id, kind) {
        user_id -> Text,
        kind -> Text,
        email -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    password_links (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    session_generation (id) {
        id -> Integer,
        n -> BigInt,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    notifications,
    notification_preferences,
    password_links,
    session_generation,
    access_generation,
    users,
    sessions,
    refresh_tokens,
    programs,
    cohorts,
    districts,
    memberships,
    enrollments,
    coach_assignments,
    audit_events,
    coaching_logs,
    revisions,
    monthly_coaching_hours,
    ilps,
    comments,
    reflections,
    applications_to_practice,
    events,
    event_registrations,
    calendar_feeds,
    attendance,
    documents,
    document_versions,
    professional_learning,
    job_shadows_and_visits,
    payments,
    requests,
    fee_charges,
    fee_plan_changes,
    completion_verifications,
    completion_rosters,
    follow_ups,
    annual_reviews,
);
diesel::joinable!(audit_events -> users (actor_id));
diesel::joinable!(coaching_logs -> enrollments (enrollment_id));
diesel::joinable!(revisions -> users (by_id));
diesel::joinable!(ilps -> enrollments (enrollment_id));
diesel::joinable!(reflections -> enrollments (enrollment_id));
diesel::joinable!(comments -> users (author_id));
diesel::joinable!(event_registrations -> events (event_id));
diesel::joinable!(events -> programs (program_id));
diesel::joinable!(document_versions -> documents (document_id));
diesel::joinable!(notifications -> users (recipient_id));
diesel::joinable!(password_links -> users (user_id));
diesel::joinable!(notification_preferences -> users (user_id));
