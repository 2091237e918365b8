//! Day and month names, dates, times and lists of days, per locale.
//!
//! The names and the patterns are Fluent messages of each file (`jour-1` … `jour-7`,
//! `mois-1` … `mois-12`, `format-date`, `format-heure`, `liste-separateur`, `liste-et`), so a
//! school can correct them without a rebuild. Whether a language writes 24-hour or 12-hour
//! times is decided by its `format-heure` pattern.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use fluent_bundle::FluentArgs;

use crate::{format_in, Formatted, I18n, LocaleData};

/// Arguments of `format-date`.
pub(crate) fn date_args(date: NaiveDate, weekday: String, month: String) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("jour_semaine", weekday);
    args.set("jour", date.day());
    args.set("mois", month);
    args.set("mois_num", date.month());
    // A string, so that no number formatting (grouping) can ever apply to the year.
    args.set("annee", date.year().to_string());
    args
}

/// Arguments of `format-heure`.
pub(crate) fn time_args(time: NaiveTime) -> FluentArgs<'static> {
    let (h, m) = (time.hour(), time.minute());
    let h12 = match h % 12 {
        0 => 12,
        x => x,
    };
    let mut args = FluentArgs::new();
    args.set("h", h.to_string());
    args.set("hh", format!("{h:02}"));
    args.set("h12", h12.to_string());
    args.set("mm", format!("{m:02}"));
    args.set("periode", if h < 12 { "am" } else { "pm" });
    args.set("pile", if m == 0 { "oui" } else { "non" });
    args
}

fn simple(data: &LocaleData, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    match format_in(data, id, None, args) {
        Some((text, errors)) if errors.is_empty() => Some(text),
        _ => None,
    }
}

fn weekday_in(data: &LocaleData, day: Weekday) -> Option<String> {
    simple(data, &format!("jour-{}", day.number_from_monday()), None)
}

fn month_in(data: &LocaleData, month: u32) -> Option<String> {
    simple(data, &format!("mois-{month}"), None)
}

fn date_in(data: &LocaleData, date: NaiveDate) -> Option<String> {
    let args = date_args(
        date,
        weekday_in(data, date.weekday())?,
        month_in(data, date.month())?,
    );
    simple(data, "format-date", Some(&args))
}

fn time_in(data: &LocaleData, time: NaiveTime) -> Option<String> {
    simple(data, "format-heure", Some(&time_args(time)))
}

fn weekdays_in(data: &LocaleData, days: &[Weekday]) -> Option<String> {
    let names = days
        .iter()
        .map(|d| weekday_in(data, *d))
        .collect::<Option<Vec<_>>>()?;
    match names.as_slice() {
        [] => Some(String::new()),
        [one] => Some(one.clone()),
        [rest @ .., last] => {
            let sep = simple(data, "liste-separateur", None)?;
            let mut args = FluentArgs::new();
            args.set("debut", rest.join(&sep));
            args.set("fin", last.clone());
            simple(data, "liste-et", Some(&args))
        }
    }
}

impl I18n {
    /// Runs `f` (one whole piece) in the requested locale, else in French: `f` returns `None`
    /// when a message is missing or fails, so a piece never mixes two languages.
    fn in_locale_or_fr(
        &self,
        locale: &str,
        f: &dyn Fn(&LocaleData) -> Option<String>,
        last_resort: &dyn Fn() -> String,
    ) -> Formatted {
        let requested = self.locale_data(locale);
        let candidates = requested
            .into_iter()
            .chain(std::iter::once(&self.locales[0]));
        for data in candidates {
            if let Some(text) = f(data) {
                return Formatted {
                    text,
                    locale: data.info.tag.clone(),
                    direction: data.info.direction,
                    fell_back: requested.is_none_or(|r| r.info.tag != data.info.tag),
                    errors: Vec::new(),
                };
            }
        }
        let fr = &self.locales[0];
        Formatted {
            text: last_resort(),
            locale: fr.info.tag.clone(),
            direction: fr.info.direction,
            fell_back: true,
            errors: vec!["format absent, même en français".to_owned()],
        }
    }

    /// Name of a weekday (`jour-1` = Monday … `jour-7` = Sunday), e.g. `mardi`, `Tuesday`.
    pub fn weekday_name(&self, locale: &str, day: Weekday) -> Formatted {
        self.in_locale_or_fr(locale, &|d| weekday_in(d, day), &|| day.to_string())
    }

    /// Name of a month (1–12) in the form used inside a date (genitive where the language
    /// needs it: `октября`).
    pub fn month_name(&self, locale: &str, month: u32) -> Formatted {
        self.in_locale_or_fr(locale, &|d| month_in(d, month), &|| month.to_string())
    }

    /// A full date: `mardi 6 octobre 2026`, `Tuesday 6 October 2026`, `2026年10月6日 星期二`.
    pub fn format_date(&self, locale: &str, date: NaiveDate) -> Formatted {
        self.in_locale_or_fr(locale, &|d| date_in(d, date), &|| {
            date.format("%d/%m/%Y").to_string()
        })
    }

    /// A time of day: `14 h 30` (French), `2:30 pm` (English), `14:30` (most others).
    pub fn format_time(&self, locale: &str, time: NaiveTime) -> Formatted {
        self.in_locale_or_fr(locale, &|d| time_in(d, time), &|| {
            time.format("%H:%M").to_string()
        })
    }

    /// A list of weekdays: `mardi et jeudi`, `lundi, mardi et jeudi` (in the given order).
    pub fn format_weekdays(&self, locale: &str, days: &[Weekday]) -> Formatted {
        self.in_locale_or_fr(locale, &|d| weekdays_in(d, days), &|| {
            days.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}
