//! Fees: the program fee of an enrollment's cost structure, paid by the agency (the
//! participation agreement's Plan A: one installment a program year), by the candidate
//! (Plan B: one on each fee date of the year) or by both (Plan C: each installment shared, as
//! the handbook's profile page shows a candidate fee and a district fee), on the program's fee
//! dates (the handbook's November 1 and March 31, in the order they come after the cohort's
//! start); payments against it, and the balance per payer.
//! Money is integer cents.

use crate::program_year::program_end;
use crate::text_enum::text_enum;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};
use time::{Date, Month};
use utoipa::ToSchema;

text_enum! {
    /// Who pays the program fee.
    FeePayer {
        /// The agency or district (Plan A).
        Agency = "agency",
        /// The candidate (Plan B).
        Candidate = "candidate",
    }
}

text_enum! {
    /// Which of the participation agreement's plans pays an enrollment's program fee.
    FeePlan {
        /// Plan A: the agency or district, one installment a program year.
        Agency = "agency",
        /// Plan B: the candidate, on each fee date.
        Candidate = "candidate",
        /// Plan C: both, each installment shared: the candidate pays their part of the fee
        /// (`candidate_fee_cents`), the agency the rest, on each fee date.
        Split = "split",
    }
}

/// Who pays a plan's program fee: one payer, or both with the candidate's part (Plan C).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payers {
    One(FeePayer),
    Split { candidate_cents: i64 },
}

impl Payers {
    /// An enrollment's payers from its stored plan (a split plan without a part is the agency's).
    pub fn of(plan: FeePlan, candidate_fee_cents: Option<i64>) -> Payers {
        match (plan, candidate_fee_cents) {
            (FeePlan::Agency, _) | (FeePlan::Split, None) => Payers::One(FeePayer::Agency),
            (FeePlan::Candidate, _) => Payers::One(FeePayer::Candidate),
            (FeePlan::Split, Some(c)) => Payers::Split { candidate_cents: c },
        }
    }
}

impl From<FeePayer> for Payers {
    fn from(p: FeePayer) -> Payers {
        Payers::One(p)
    }
}

/// A plan's rules: a split plan names the candidate's part, more than nothing and less than
/// the whole program fee (`fee_cents`); the other plans have none.
pub fn check_plan(plan: FeePlan, candidate_fee_cents: Option<i64>, fee_cents: i64) -> Vec<FieldError> {
    let field = "candidate_fee_cents";
    match (plan, candidate_fee_cents) {
        (FeePlan::Split, None) => vec![FieldError::new(field, "is required for a split plan (Plan C)")],
        (FeePlan::Split, Some(c)) if c <= 0 || c >= fee_cents => vec![FieldError::new(
            field,
            format!("must be more than $0.00 and less than the program fee ({})", dollars(fee_cents)),
        )],
        (FeePlan::Split, Some(_)) | (_, None) => vec![],
        (_, Some(_)) => vec![FieldError::new(field, "is only for a split plan (Plan C)")],
    }
}

/// An enrollment's plan after a change of `plan` and/or the candidate's `part` to the stored
/// one, with the program fee `fee_cents` of its cost structure: a split plan keeps its part
/// unless given a new one; the other plans have none. Or what is wrong with it.
pub fn changed_plan(
    stored: (FeePlan, Option<i64>),
    plan: Option<FeePlan>,
    part: Option<i64>,
    fee_cents: i64,
) -> Result<(FeePlan, Option<i64>), Vec<FieldError>> {
    let plan = plan.unwrap_or(stored.0);
    let part = match (plan, stored) {
        (FeePlan::Split, (FeePlan::Split, kept)) => part.or(kept),
        _ => part,
    };
    let errors = check_plan(plan, part, fee_cents);
    if errors.is_empty() {
        Ok((plan, part))
    } else {
        Err(errors)
    }
}

text_enum! {
    /// How a payment was made (the handbook accepts checks and purchase orders).
    PaymentMethod {
        PersonalCheck = "personal_check",
        CashiersCheck = "cashiers_check",
        PurchaseOrder = "purchase_order",
        Other = "other",
    }
}

text_enum! {
    /// What an installment is for: the program fee, or a charge added by an approved request.
    FeeKind {
        ProgramFee = "program_fee",
        /// A year beyond the initial two (the candidate's, in full).
        ExtensionFee = "extension_fee",
        /// The cost of a withdrawal, when the program charges it.
        WithdrawalFee = "withdrawal_fee",
    }
}

/// A day of the year on which fees fall due, every program year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeDate {
    pub month: u8,
    pub day: u8,
}

/// The handbook's fee dates: November 1 and March 31.
pub const HANDBOOK_FEE_DATES: [FeeDate; 2] = [FeeDate { month: 11, day: 1 }, FeeDate { month: 3, day: 31 }];

/// One installment of a fee plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct Installment {
    pub number: u32,
    pub kind: FeeKind,
    /// The program year it belongs to.
    pub year: u32,
    pub payer: FeePayer,
    pub due_on: Date,
    pub amount_cents: i64,
}

/// The days of `dates` that fall in program year `year` of a cohort, in order.
fn dates_in_year(cohort_start: Date, year: u32, dates: &[FeeDate]) -> Vec<Date> {
    let start = if year == 1 { cohort_start } else { program_end(cohort_start, year - 1).next_day().expect("a day") };
    let end = program_end(cohort_start, year);
    let mut out: Vec<Date> = dates
        .iter()
        .filter_map(|&FeeDate { month, day }| {
            let month = Month::try_from(month).ok()?;
            [start.year(), start.year() + 1]
                .into_iter()
                .filter_map(|y| Date::from_calendar_date(y, month, day).ok())
                .find(|day| (start..=end).contains(day))
        })
        .collect();
    out.sort();
    out
}

/// The installments of a plan of `total_cents` over `years` program years on the program's fee
/// `dates`: the agency alone pays on the first fee date of each year, the candidate alone or the
/// two together (each installment shared) on every fee date; each payer's share in equal amounts,
/// any cents left over on the last one, so they always sum to the total. A shared installment is
/// one line per payer under one number.
pub fn installments(
    total_cents: i64,
    payers: impl Into<Payers>,
    cohort_start: Date,
    years: u32,
    dates: &[FeeDate],
) -> Vec<Installment> {
    let payers = payers.into();
    let shares = match payers {
        Payers::One(p) => vec![(p, total_cents)],
        Payers::Split { candidate_cents } => {
            let c = candidate_cents.clamp(0, total_cents);
            [(FeePayer::Agency, total_cents - c), (FeePayer::Candidate, c)].into_iter().filter(|s| s.1 > 0).collect()
        }
    };
    let days: Vec<(u32, Date)> = (1..=years.max(1))
        .flat_map(|year| {
            let days = dates_in_year(cohort_start, year, dates);
            let days = match payers {
                Payers::One(FeePayer::Agency) => days.into_iter().take(1).collect(),
                _ => days,
            };
            days.into_iter().map(move |d| (year, d))
        })
        .collect();
    let n = days.len().max(1) as i64;
    days.iter()
        .enumerate()
        .flat_map(|(i, &(year, due_on))| {
            shares.iter().map(move |&(payer, share_total)| {
                let share = share_total / n;
                Installment {
                    number: i as u32 + 1,
                    kind: FeeKind::ProgramFee,
                    year,
                    payer,
                    due_on,
                    amount_cents: if i as i64 == n - 1 { share_total - share * (n - 1) } else { share },
                }
            })
        })
        .collect()
}

/// Numbers a plan in order, the payers' lines of one shared installment under one number.
fn renumber(plan: &mut [Installment]) {
    let mut number = 0;
    let mut last = None;
    for i in plan.iter_mut() {
        if last != Some((i.due_on, i.kind)) {
            number += 1;
            last = Some((i.due_on, i.kind));
        }
        i.number = number;
    }
}

/// A charge added to a plan: the candidate pays it in one installment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Charge {
    pub kind: FeeKind,
    pub year: u32,
    pub due_on: Date,
    pub amount_cents: i64,
}

/// When the fee of extension year `year` is due: the first fee date of that program year.
pub fn extension_due_on(cohort_start: Date, year: u32, dates: &[FeeDate]) -> Date {
    dates_in_year(cohort_start, year, dates).first().copied().unwrap_or(cohort_start)
}

/// The whole plan: the program fee's installments, none due after a withdrawal's last day
/// (the program ends there), and the charges; by due date, numbered again.
pub fn with_charges(program_fee: Vec<Installment>, charges: &[Charge], withdrawn_on: Option<Date>) -> Vec<Installment> {
    let mut plan: Vec<Installment> = program_fee
        .into_iter()
        .filter(|i| withdrawn_on.is_none_or(|last| i.due_on <= last))
        .chain(charges.iter().map(|c| Installment {
            number: 0,
            kind: c.kind,
            year: c.year,
            payer: FeePayer::Candidate,
            due_on: c.due_on,
            amount_cents: c.amount_cents,
        }))
        .collect();
    plan.sort_by_key(|i| (i.due_on, i.kind != FeeKind::ProgramFee));
    renumber(&mut plan);
    plan
}

/// A change of cost structure or payer from `from` (a change of district, in the handbook's
/// example): the installments due before `from`, and every line of a fee date on or after it
/// toward which anything was `paid` when it was recorded (as `account` allocates it), stay as
/// they were; the others are `new`'s installments due from that day on. Paid installments never
/// change.
pub fn replan(old: &[Installment], new: &[Installment], from: Date, paid: PaidBy) -> Vec<Installment> {
    let standing = account(old, paid, from);
    let settled: Vec<Date> = standing
        .installments
        .iter()
        .filter(|l| l.status == InstallmentStatus::Paid && l.installment.due_on >= from)
        .map(|l| l.installment.due_on)
        .collect();
    let mut plan: Vec<Installment> =
        old.iter().filter(|i| i.due_on < from || settled.contains(&i.due_on)).copied().collect();
    plan.extend(new.iter().filter(|n| n.due_on >= from && !settled.contains(&n.due_on)).copied());
    plan.sort_by_key(|i| i.due_on);
    renumber(&mut plan);
    plan
}

text_enum! {
    /// Where an installment stands.
    InstallmentStatus {
        Paid = "paid",
        PartlyPaid = "partly_paid",
        Due = "due",
        Overdue = "overdue",
    }
}

/// An installment with what has been paid toward it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct InstallmentLine {
    #[serde(flatten)]
    pub installment: Installment,
    pub paid_cents: i64,
    pub status: InstallmentStatus,
}

/// What each payer has paid, reversals netted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaidBy {
    pub agency: i64,
    pub candidate: i64,
}

impl PaidBy {
    pub fn by(&self, payer: FeePayer) -> i64 {
        match payer {
            FeePayer::Agency => self.agency,
            FeePayer::Candidate => self.candidate,
        }
    }

    pub fn add(&mut self, payer: FeePayer, cents: i64) {
        match payer {
            FeePayer::Agency => self.agency += cents,
            FeePayer::Candidate => self.candidate += cents,
        }
    }

    pub fn total(&self) -> i64 {
        self.agency + self.candidate
    }
}

/// One payer's share of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct PayerBalance {
    pub payer: FeePayer,
    /// The installments that are theirs to pay.
    pub total_cents: i64,
    pub paid_cents: i64,
    pub balance_cents: i64,
    pub overdue_cents: i64,
}

/// The plan's standing on `today`: each payer's payments go to their own installments oldest
/// first, and what is left over (paid for the other payer, or ahead) to any installment still
/// unpaid, oldest first; what is past due and unpaid is overdue. Per payer and in total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Account {
    pub total_cents: i64,
    pub paid_cents: i64,
    /// What is left to pay (negative: paid more than the plan).
    pub balance_cents: i64,
    pub overdue_cents: i64,
    /// Each payer's share: the agency's (Plan A) and the candidate's (Plan B, extension and
    /// withdrawal fees), for those who have installments or payments.
    pub by_payer: Vec<PayerBalance>,
    pub installments: Vec<InstallmentLine>,
}

pub fn account(plan: &[Installment], paid: PaidBy, today: Date) -> Account {
    let total_cents: i64 = plan.iter().map(|i| i.amount_cents).sum();
    let mut own = PaidBy { agency: paid.agency.max(0), candidate: paid.candidate.max(0) };
    let mut allocated: Vec<i64> = plan
        .iter()
        .map(|i| {
            let take = own.by(i.payer).min(i.amount_cents);
            own.add(i.payer, -take);
            take
        })
        .collect();
    let mut left = own.total();
    for (i, a) in plan.iter().zip(allocated.iter_mut()) {
        let take = left.min(i.amount_cents - *a);
        *a += take;
        left -= take;
    }
    let installments: Vec<InstallmentLine> = plan
        .iter()
        .zip(allocated)
        .map(|(&installment, paid)| {
            let status = if paid == installment.amount_cents {
                InstallmentStatus::Paid
            } else if installment.due_on < today {
                InstallmentStatus::Overdue
            } else if paid > 0 {
                InstallmentStatus::PartlyPaid
            } else {
                InstallmentStatus::Due
            };
            InstallmentLine { installment, paid_cents: paid, status }
        })
        .collect();
    let overdue = |of: Option<FeePayer>| -> i64 {
        installments
            .iter()
            .filter(|l| l.status == InstallmentStatus::Overdue && of.is_none_or(|p| l.installment.payer == p))
            .map(|l| l.installment.amount_cents - l.paid_cents)
            .sum()
    };
    let by_payer = [FeePayer::Agency, FeePayer::Candidate]
        .into_iter()
        .filter(|&p| paid.by(p) != 0 || plan.iter().any(|i| i.payer == p))
        .map(|payer| {
            let total_cents: i64 = plan.iter().filter(|i| i.payer == payer).map(|i| i.amount_cents).sum();
            let paid_cents = paid.by(payer);
            PayerBalance {
                payer,
                total_cents,
                paid_cents,
                balance_cents: total_cents - paid_cents,
                overdue_cents: overdue(Some(payer)),
            }
        })
        .collect();
    let paid_cents = paid.total();
    Account {
        total_cents,
        paid_cents,
        balance_cents: total_cents - paid_cents,
        overdue_cents: overdue(None),
        by_payer,
        installments,
    }
}

/// Cents as dollars for people and spreadsheets: `$1,750.00`, `-$20.00`.
pub fn dollars(cents: i64) -> String {
    let (sign, c) = if cents < 0 { ("-", -cents) } else { ("", cents) };
    let whole = (c / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{sign}${grouped}.{:02}", c % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    const H: &[FeeDate] = &HANDBOOK_FEE_DATES;

    /// (payer, amount in dollars, due date, program year), as the handbook's tables print them.
    type Row = (FeePayer, i64, Date, u32);

    fn table(total: i64, start: Date) -> Vec<Row> {
        [FeePayer::Agency, FeePayer::Candidate]
            .into_iter()
            .flat_map(|p| installments(total, p, start, 2, H))
            .map(|i| (i.payer, i.amount_cents / 100, i.due_on, i.year))
            .collect()
    }

    #[test]
    fn the_four_schedules_are_the_handbooks() {
        use FeePayer::{Agency as A, Candidate as C};
        let cohort_a = date!(2025 - 09 - 01);
        let cohort_b = date!(2026 - 01 - 15);
        let cases: [(i64, Date, Vec<Row>); 4] = [
            // CASC cost structure (FCSS provides coach), Cohort A: September candidates.
            (
                700_000,
                cohort_a,
                vec![
                    (A, 3500, date!(2025 - 11 - 01), 1),
                    (A, 3500, date!(2026 - 11 - 01), 2),
                    (C, 1750, date!(2025 - 11 - 01), 1),
                    (C, 1750, date!(2026 - 03 - 31), 1),
                    (C, 1750, date!(2026 - 11 - 01), 2),
                    (C, 1750, date!(2027 - 03 - 31), 2),
                ],
            ),
            // Cohort B: January candidates.
            (
                700_000,
                cohort_b,
                vec![
                    (A, 3500, date!(2026 - 03 - 31), 1),
                    (A, 3500, date!(2027 - 03 - 31), 2),
                    (C, 1750, date!(2026 - 03 - 31), 1),
                    (C, 1750, date!(2026 - 11 - 01), 1),
                    (C, 1750, date!(2027 - 03 - 31), 2),
                    (C, 1750, date!(2027 - 11 - 01), 2),
                ],
            ),
            // Partner district cost structure (district provides coach), Cohort A.
            (
                400_000,
                cohort_a,
                vec![
                    (A, 2000, date!(2025 - 11 - 01), 1),
                    (A, 2000, date!(2026 - 11 - 01), 2),
                    (C, 1000, date!(2025 - 11 - 01), 1),
                    (C, 1000, date!(2026 - 03 - 31), 1),
                    (C, 1000, date!(2026 - 11 - 01), 2),
                    (C, 1000, date!(2027 - 03 - 31), 2),
                ],
            ),
            // Cohort B.
            (
                400_000,
                cohort_b,
                vec![
                    (A, 2000, date!(2026 - 03 - 31), 1),
                    (A, 2000, date!(2027 - 03 - 31), 2),
                    (C, 1000, date!(2026 - 03 - 31), 1),
                    (C, 1000, date!(2026 - 11 - 01), 1),
                    (C, 1000, date!(2027 - 03 - 31), 2),
                    (C, 1000, date!(2027 - 11 - 01), 2),
                ],
            ),
        ];
        for (total, start, expected) in cases {
            assert_eq!(table(total, start), expected, "{} from {start}", dollars(total));
        }
    }

    #[test]
    fn payments_go_to_the_oldest_installment_and_late_ones_are_overdue() {
        let plan = installments(700_000, FeePayer::Candidate, date!(2025 - 09 - 01), 2, H);
        let a = account(&plan, PaidBy { candidate: 200_000, agency: 0 }, date!(2026 - 04 - 15));
        let statuses: Vec<_> = a.installments.iter().map(|l| l.status).collect();
        use InstallmentStatus::*;
        assert_eq!(statuses, [Paid, Overdue, Due, Due]);
        assert_eq!((a.balance_cents, a.overdue_cents), (500_000, 150_000));
        assert_eq!(a.installments[1].paid_cents, 25_000);
        assert_eq!(dollars(-12_345_678), "-$123,456.78");
        assert_eq!(dollars(175_000), "$1,750.00");
    }

    #[test]
    fn plan_c_shares_each_installment_as_the_handbooks_profile_page() {
        // "Candidate Fee: $2000.00, District Fee: $5000.00, Program Fee Total: $7000.00";
        // payments: candidate $1,000, district $2,000; "Remaining Balance: $4000.00".
        let plan = installments(700_000, Payers::Split { candidate_cents: 200_000 }, date!(2016 - 09 - 01), 2, H);
        let rows: Vec<_> = plan.iter().map(|i| (i.number, i.payer, i.amount_cents / 100, i.due_on)).collect();
        use FeePayer::{Agency as A, Candidate as C};
        assert_eq!(
            rows,
            [
                (1, A, 1250, date!(2016 - 11 - 01)),
                (1, C, 500, date!(2016 - 11 - 01)),
                (2, A, 1250, date!(2017 - 03 - 31)),
                (2, C, 500, date!(2017 - 03 - 31)),
                (3, A, 1250, date!(2017 - 11 - 01)),
                (3, C, 500, date!(2017 - 11 - 01)),
                (4, A, 1250, date!(2018 - 03 - 31)),
                (4, C, 500, date!(2018 - 03 - 31)),
            ]
        );
        let a = account(&plan, PaidBy { agency: 200_000, candidate: 100_000 }, date!(2017 - 04 - 15));
        assert_eq!(a.balance_cents, 400_000);
        let by: Vec<_> =
            a.by_payer.iter().map(|b| (b.payer, b.total_cents, b.balance_cents, b.overdue_cents)).collect();
        // The district paid its first installment and 750 of the second (overdue since March 31);
        // the candidate paid both of theirs.
        assert_eq!(by, [(A, 500_000, 300_000, 50_000), (C, 200_000, 100_000, 0)]);
        assert_eq!(Payers::of(FeePlan::Split, Some(200_000)), Payers::Split { candidate_cents: 200_000 });
        assert_eq!(Payers::of(FeePlan::Candidate, None), Payers::One(C));
    }

    #[test]
    fn a_change_keeps_a_split_plans_part_and_drops_it_with_another_plan() {
        let split = (FeePlan::Split, Some(200_000));
        assert_eq!(changed_plan(split, None, Some(300_000), 700_000), Ok((FeePlan::Split, Some(300_000))));
        assert_eq!(changed_plan(split, None, None, 700_000), Ok(split));
        assert_eq!(changed_plan(split, Some(FeePlan::Agency), None, 700_000), Ok((FeePlan::Agency, None)));
        // The district provides the coach from now: $4,000, less than the candidate's part.
        assert!(changed_plan((FeePlan::Split, Some(500_000)), None, None, 400_000).is_err());
        assert!(changed_plan((FeePlan::Agency, None), Some(FeePlan::Split), None, 700_000).is_err());
    }

    #[test]
    fn a_split_plan_names_a_part_of_the_fee() {
        let field = |plan, part| check_plan(plan, part, 700_000).into_iter().map(|e| e.message).collect::<Vec<_>>();
        assert!(field(FeePlan::Split, Some(200_000)).is_empty());
        assert!(field(FeePlan::Agency, None).is_empty());
        assert_eq!(field(FeePlan::Split, None), ["is required for a split plan (Plan C)"]);
        assert_eq!(
            field(FeePlan::Split, Some(700_000)),
            ["must be more than $0.00 and less than the program fee ($7,000.00)"]
        );
        assert_eq!(field(FeePlan::Split, Some(0)).len(), 1);
        assert_eq!(field(FeePlan::Candidate, Some(100)), ["is only for a split plan (Plan C)"]);
    }

    proptest! {
        #[test]
        fn a_split_plan_shares_every_installment_and_each_payer_owes_their_part(
            total in 2i64..10_000_000,
            part in 1i64..10_000_000,
            start in 0i64..3000,
            years in 1u32..5,
        ) {
            let part = part.min(total - 1);
            let start = date!(2024 - 01 - 01) + time::Duration::days(start);
            let plan = installments(total, Payers::Split { candidate_cents: part }, start, years, H);
            let share = |p: FeePayer| plan.iter().filter(|i| i.payer == p).map(|i| i.amount_cents).sum::<i64>();
            prop_assert_eq!(share(FeePayer::Candidate), part);
            prop_assert_eq!(share(FeePayer::Agency), total - part);
            for pair in plan.chunks(2) {
                prop_assert_eq!(pair.len(), 2);
                prop_assert_eq!((pair[0].number, pair[0].due_on), (pair[1].number, pair[1].due_on));
                prop_assert_eq!((pair[0].payer, pair[1].payer), (FeePayer::Agency, FeePayer::Candidate));
            }
            let a = account(&plan, PaidBy { agency: 0, candidate: part }, start);
            let candidate = a.by_payer.iter().find(|b| b.payer == FeePayer::Candidate).unwrap();
            prop_assert_eq!(candidate.balance_cents, 0);
            prop_assert_eq!(a.balance_cents, total - part);
        }

        #[test]
        fn a_schedule_sums_to_its_plan_and_the_balance_is_plan_less_payments(
            total in 0i64..10_000_000,
            paid in -1_000_000i64..12_000_000,
            candidate in any::<bool>(),
            start in 0i64..3000,
            years in 1u32..5,
            today in 0i64..2000,
        ) {
            let payer = if candidate { FeePayer::Candidate } else { FeePayer::Agency };
            let start = date!(2024 - 01 - 01) + time::Duration::days(start);
            let plan = installments(total, payer, start, years, H);
            prop_assert_eq!(plan.iter().map(|i| i.amount_cents).sum::<i64>(), total);
            prop_assert!(plan.windows(2).all(|w| w[0].due_on <= w[1].due_on));
            let mut by = PaidBy::default();
            by.add(payer, paid);
            let a = account(&plan, by, start + time::Duration::days(today));
            prop_assert_eq!(a.balance_cents, total - paid);
            let allocated: i64 = a.installments.iter().map(|l| l.paid_cents).sum();
            prop_assert_eq!(allocated, paid.clamp(0, total));
            prop_assert!(a.overdue_cents >= 0 && a.overdue_cents <= total);
        }

        #[test]
        fn each_payer_owes_their_share_and_the_shares_add_up(
            total in 0i64..10_000_000,
            charge in 0i64..1_000_000,
            agency in 0i64..12_000_000,
            candidate in 0i64..2_000_000,
            today in 0i64..1200,
        ) {
            // The agency's program fee and the candidate's extension fee.
            let start = date!(2025 - 09 - 01);
            let extension = Charge { kind: FeeKind::ExtensionFee, year: 3, due_on: extension_due_on(start, 3, H), amount_cents: charge };
            let plan = with_charges(installments(total, FeePayer::Agency, start, 2, H), &[extension], None);
            let a = account(&plan, PaidBy { agency, candidate }, start + time::Duration::days(today));
            prop_assert_eq!(a.by_payer.iter().map(|b| b.total_cents).sum::<i64>(), a.total_cents);
            prop_assert_eq!(a.by_payer.iter().map(|b| b.balance_cents).sum::<i64>(), a.balance_cents);
            prop_assert_eq!(a.by_payer.iter().map(|b| b.overdue_cents).sum::<i64>(), a.overdue_cents);
            prop_assert_eq!(a.balance_cents, total + charge - agency - candidate);
            let allocated: i64 = a.installments.iter().map(|l| l.paid_cents).sum();
            prop_assert_eq!(allocated, (agency + candidate).min(total + charge));
            // A payer who paid their own share in full is never overdue.
            for b in &a.by_payer {
                if b.paid_cents >= b.total_cents {
                    prop_assert_eq!(b.overdue_cents, 0);
                }
            }
        }

        #[test]
        fn charges_add_to_the_plan_and_a_withdrawal_drops_only_later_installments(
            total in 0i64..10_000_000,
            charge in 0i64..1_000_000,
            extensions in 0u32..3,
            withdrawn in proptest::option::of(0i64..1500),
        ) {
            let start = date!(2025 - 09 - 01);
            let base = installments(total, FeePayer::Candidate, start, 2, H);
            let charges: Vec<Charge> = (1..=extensions)
                .map(|k| Charge { kind: FeeKind::ExtensionFee, year: 2 + k, due_on: extension_due_on(start, 2 + k, H), amount_cents: charge })
                .collect();
            let last = withdrawn.map(|d| start + time::Duration::days(d));
            let plan = with_charges(base.clone(), &charges, last);
            let kept: i64 = base.iter().filter(|i| last.is_none_or(|l| i.due_on <= l)).map(|i| i.amount_cents).sum();
            prop_assert_eq!(plan.iter().map(|i| i.amount_cents).sum::<i64>(), kept + charge * i64::from(extensions));
            prop_assert!(plan.windows(2).all(|w| w[0].due_on <= w[1].due_on));
            prop_assert!(plan.iter().enumerate().all(|(n, i)| i.number == n as u32 + 1));
        }

        #[test]
        fn a_replan_never_changes_a_paid_installment(
            old_total in 0i64..10_000_000,
            new_total in 0i64..10_000_000,
            old_candidate in any::<bool>(),
            new_candidate in any::<bool>(),
            from in 0i64..800,
            paid in 0i64..10_000_000,
        ) {
            let paid = PaidBy { agency: paid, candidate: 0 };
            let payer = |c: bool| if c { FeePayer::Candidate } else { FeePayer::Agency };
            let start = date!(2025 - 09 - 01);
            let old = installments(old_total, payer(old_candidate), start, 2, H);
            let new = installments(new_total, payer(new_candidate), start, 2, H);
            let from = start + time::Duration::days(from);
            let plan = replan(&old, &new, from, paid);
            let before = account(&old, paid, from);
            for line in before.installments.iter().filter(|l| l.status == InstallmentStatus::Paid || l.installment.due_on < from) {
                let i = line.installment;
                prop_assert!(plan.iter().any(|p| p.due_on == i.due_on && p.amount_cents == i.amount_cents && p.payer == i.payer));
            }
            let kept: i64 = before.installments.iter().filter(|l| l.status == InstallmentStatus::Paid || l.installment.due_on < from).map(|l| l.installment.amount_cents).sum();
            let taken: Vec<Date> = before.installments.iter().filter(|l| l.status == InstallmentStatus::Paid && l.installment.due_on >= from).map(|l| l.installment.due_on).collect();
            let added: i64 = new.iter().filter(|n| n.due_on >= from && !taken.contains(&n.due_on)).map(|n| n.amount_cents).sum();
            prop_assert_eq!(plan.iter().map(|i| i.amount_cents).sum::<i64>(), kept + added);
            prop_assert!(plan.windows(2).all(|w| w[0].due_on <= w[1].due_on));
        }
    }

    #[test]
    fn a_change_of_district_recomputes_the_installments_from_its_day() {
        // The handbook's example: the district provided the coach ($2,000 a year); from June
        // the candidate's new district does not ($3,500 a year).
        let start = date!(2025 - 09 - 01);
        let old = installments(400_000, FeePayer::Agency, start, 2, H);
        let new = installments(700_000, FeePayer::Agency, start, 2, H);
        let plan = replan(&old, &new, date!(2026 - 06 - 01), PaidBy { agency: 200_000, candidate: 0 });
        let rows: Vec<_> = plan.iter().map(|i| (i.due_on, i.amount_cents)).collect();
        assert_eq!(rows, [(date!(2025 - 11 - 01), 200_000), (date!(2026 - 11 - 01), 350_000)]);
        // Paid ahead, the second installment keeps its amount.
        let ahead = replan(&old, &new, date!(2026 - 06 - 01), PaidBy { agency: 400_000, candidate: 0 });
        assert_eq!(ahead.iter().map(|i| i.amount_cents).sum::<i64>(), 400_000);
    }

    #[test]
    fn a_program_with_its_own_fee_dates_bills_on_them() {
        let dates = [FeeDate { month: 10, day: 15 }, FeeDate { month: 2, day: 28 }];
        let days: Vec<Date> = installments(700_000, FeePayer::Candidate, date!(2025 - 09 - 01), 2, &dates)
            .iter()
            .map(|i| i.due_on)
            .collect();
        assert_eq!(days, [date!(2025 - 10 - 15), date!(2026 - 02 - 28), date!(2026 - 10 - 15), date!(2027 - 02 - 28)]);
        assert_eq!(extension_due_on(date!(2025 - 09 - 01), 3, &dates), date!(2027 - 10 - 15));
    }

    #[test]
    fn an_extension_year_is_billed_on_its_first_fee_date() {
        // Cohort A starts in September: year 3 runs from September 2027, first fee date Nov 1.
        assert_eq!(extension_due_on(date!(2025 - 09 - 01), 3, H), date!(2027 - 11 - 01));
        // Cohort B starts in January: its years begin with March 31.
        assert_eq!(extension_due_on(date!(2026 - 01 - 05), 3, H), date!(2028 - 03 - 31));
    }
}
