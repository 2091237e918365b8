//! The flyer: its messages in layout order, its variables, and the characters it may print.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveTime, Weekday};
use fluent_bundle::FluentArgs;

use crate::{Formatted, I18n};

/// Texts of the flyer, in reading order. `id.attribut` names an attribute.
pub const FLYER_MESSAGES: &[&str] = &[
    "affiche-titre",
    "affiche-titre.accroche",
    "quoi-titre",
    "quoi-texte",
    "quoi-gratuit",
    "quoi-volontaire",
    "apports-titre",
    "apports-reussite",
    "apports-ecole",
    "apports-francais",
    "apports-valeurs",
    "pratique-titre",
    "pratique-lieu",
    "pratique-quand",
    "pratique-debut",
    "pratique-duree",
    "pratique-gratuit",
    "petits-enfants",
    "inscription-titre",
    "inscription-texte",
    "contact-titre",
    "contact-telephone",
    "contact-courriel",
];

/// Short labels printed under the pictograms (date, time, place, free, young children).
pub const PICTOGRAM_MESSAGES: &[&str] = &[
    "picto-date",
    "picto-heure",
    "picto-lieu",
    "picto-gratuit",
    "picto-enfants",
];

/// What a school fills in, before formatting in a language.
#[derive(Debug, Clone, PartialEq)]
pub struct FlyerDetails {
    /// `$ecole`: name of the school, as written in French (e.g. `École Jules-Ferry`).
    pub school: String,
    /// `$salle`.
    pub room: String,
    /// `$jours`, formatted with [`I18n::format_weekdays`].
    pub days: Vec<Weekday>,
    /// `$heure_debut`, formatted with [`I18n::format_time`].
    pub start: NaiveTime,
    /// `$heure_fin`.
    pub end: NaiveTime,
    /// `$date_debut`: first workshop, formatted with [`I18n::format_date`].
    pub first_session: NaiveDate,
    /// `$heures`: hours over the school year (a number: plural rules apply).
    pub hours: u32,
    /// `$petits_enfants`: `oui` when young children may come along, else `non`.
    pub toddlers_welcome: bool,
    /// `$telephone`.
    pub phone: String,
    /// `$courriel`.
    pub email: String,
}

impl FlyerDetails {
    /// Sample values (used by the tests and by [`I18n::flyer_characters`]).
    pub fn sample() -> Self {
        FlyerDetails {
            school: "École Jules-Ferry".to_owned(),
            room: "B12".to_owned(),
            days: vec![Weekday::Tue, Weekday::Thu],
            start: NaiveTime::from_hms_opt(14, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(16, 30, 0).unwrap_or_default(),
            first_session: NaiveDate::from_ymd_opt(2026, 10, 6).unwrap_or_default(),
            hours: 120,
            toddlers_welcome: true,
            phone: "01 23 45 67 89".to_owned(),
            email: "oepre@ecole-exemple.fr".to_owned(),
        }
    }
}

impl I18n {
    /// The flyer's Fluent arguments for `locale`: days, times and date formatted in that
    /// language (or in French where it lacks the names), `$heures` as a number.
    pub fn flyer_args(&self, locale: &str, details: &FlyerDetails) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("ecole", details.school.clone());
        args.set("salle", details.room.clone());
        args.set("jours", self.format_weekdays(locale, &details.days).text);
        args.set("heure_debut", self.format_time(locale, details.start).text);
        args.set("heure_fin", self.format_time(locale, details.end).text);
        args.set(
            "date_debut",
            self.format_date(locale, details.first_session).text,
        );
        args.set("heures", details.hours);
        args.set(
            "petits_enfants",
            if details.toddlers_welcome {
                "oui"
            } else {
                "non"
            },
        );
        args.set("telephone", details.phone.clone());
        args.set("courriel", details.email.clone());
        args
    }

    /// Every text of the flyer ([`FLYER_MESSAGES`] then [`PICTOGRAM_MESSAGES`]), formatted.
    /// Each item says which locale served it (French fallback is laid out left to right).
    pub fn format_flyer(
        &self,
        locale: &str,
        details: &FlyerDetails,
    ) -> Vec<(&'static str, Formatted)> {
        let args = self.flyer_args(locale, details);
        FLYER_MESSAGES
            .iter()
            .chain(PICTOGRAM_MESSAGES)
            .filter_map(|key| {
                let result = match key.split_once('.') {
                    Some((id, attr)) => self.format_attribute(locale, id, attr, Some(&args)),
                    None => self.format(locale, key, Some(&args)),
                };
                result.ok().map(|f| (*key, f))
            })
            .collect()
    }

    /// Every character the flyer of `locale` can print with the sample details: all flyer
    /// messages and pictogram labels in every variant (several numbers of hours, toddlers
    /// yes/no), all day and month names, dates (also a 1st of the month) and times (morning and
    /// afternoon). Fluent's isolation marks U+2068 / U+2069 are left out (the PDF layer removes
    /// them); other format characters (e.g. ZWNJ U+200C in Dari) are kept. For a font test.
    pub fn flyer_characters(&self, locale: &str) -> BTreeSet<char> {
        let mut texts: Vec<String> = Vec::new();
        for hours in [
            0_u32, 1, 2, 3, 5, 11, 21, 60, 61, 62, 100, 101, 102, 111, 120,
        ] {
            for toddlers in [true, false] {
                let mut d = FlyerDetails::sample();
                d.hours = hours;
                d.toddlers_welcome = toddlers;
                texts.extend(
                    self.format_flyer(locale, &d)
                        .into_iter()
                        .map(|(_, f)| f.text),
                );
            }
        }
        let all_days = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        texts.push(self.format_weekdays(locale, &all_days).text);
        for m in 1..=12 {
            texts.push(self.month_name(locale, m).text);
            for day in [1, 2, 6, 21, 28] {
                if let Some(date) = NaiveDate::from_ymd_opt(2026, m, day) {
                    texts.push(self.format_date(locale, date).text);
                }
            }
        }
        for h in 0..24 {
            for m in [0, 5, 30] {
                if let Some(t) = NaiveTime::from_hms_opt(h, m, 0) {
                    texts.push(self.format_time(locale, t).text);
                }
            }
        }
        texts
            .iter()
            .flat_map(|t| t.chars())
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect()
    }
}
