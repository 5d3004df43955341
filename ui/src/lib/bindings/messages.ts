// Casebook's words, from core/messages/*.toml. Written by core's tests; do not edit.

/** Every message's key. */
export type MessageKey =
  | "about.folder"
  | "about.licence"
  | "about.open"
  | "about.private"
  | "about.title"
  | "about.version"
  | "agent.nameCode"
  | "agent.nameCodeDept"
  | "agent.nameDept"
  | "agents.empty"
  | "agents.merge"
  | "agents.mergeQuestion"
  | "agents.merged"
  | "agents.renamed"
  | "agents.sameAs"
  | "agents.sameAsFor"
  | "agents.title"
  | "app.name"
  | "attachments.added.one"
  | "attachments.added.other"
  | "attachments.chip"
  | "attachments.choose"
  | "attachments.dropHere"
  | "attachments.hint"
  | "attachments.keep"
  | "attachments.missing"
  | "attachments.open"
  | "attachments.pasted"
  | "attachments.remove"
  | "attachments.removeFor"
  | "attachments.removeQuestion"
  | "attachments.removeYes"
  | "attachments.showFull"
  | "attachments.title"
  | "backups.empty"
  | "backups.hint"
  | "backups.made"
  | "backups.now"
  | "backups.restore"
  | "backups.restoreFor"
  | "backups.restoreNo"
  | "backups.restoreQuestion"
  | "backups.restoreYes"
  | "backups.restored.one"
  | "backups.restored.other"
  | "backups.row.one"
  | "backups.row.other"
  | "backups.title"
  | "backups.undo"
  | "backups.undone"
  | "call.agent"
  | "call.agentCode"
  | "call.back"
  | "call.confirm.copied"
  | "call.confirm.copy"
  | "call.confirm.hint"
  | "call.confirm.title"
  | "call.department"
  | "call.discard"
  | "call.discardQuestion"
  | "call.draftKept"
  | "call.due"
  | "call.dueHint"
  | "call.dueReads"
  | "call.end"
  | "call.hold"
  | "call.holdHint"
  | "call.holdTime"
  | "call.ifNotDone"
  | "call.notes"
  | "call.promise"
  | "call.readBack.agent_id"
  | "call.readBack.agent_name"
  | "call.readBack.due"
  | "call.readBack.hint"
  | "call.readBack.if_not_done"
  | "call.readBack.lasted"
  | "call.readBack.missing"
  | "call.readBack.promise"
  | "call.readBack.reference"
  | "call.readBack.title"
  | "call.reference"
  | "call.resume"
  | "call.resumed"
  | "call.save"
  | "call.saved"
  | "call.say"
  | "call.startOver"
  | "call.timer"
  | "call.title"
  | "case.backHome"
  | "case.closeLog"
  | "case.company"
  | "case.company.client"
  | "case.description"
  | "case.desired"
  | "case.edit"
  | "case.escalation"
  | "case.logButton"
  | "case.logDraft"
  | "case.logShortcut"
  | "case.missing"
  | "case.missingHint"
  | "case.money"
  | "case.noDesired"
  | "case.opened"
  | "case.recovered"
  | "case.reopen"
  | "case.reopened"
  | "case.resolutionNote"
  | "case.resolve"
  | "case.resolved"
  | "case.resolvedOn"
  | "case.resolvedReadOnly"
  | "case.resolvedWith"
  | "caseForm.desiredHint"
  | "caseForm.editTitle"
  | "caseForm.identifierAdd"
  | "caseForm.identifierLabel"
  | "caseForm.identifierLabelPlaceholder"
  | "caseForm.identifierValue"
  | "caseForm.identifiers"
  | "caseForm.identifiersHint"
  | "caseForm.money"
  | "caseForm.openTitle"
  | "caseForm.openedHint"
  | "caseForm.titleHint"
  | "caseRow.lastContact"
  | "caseRow.nextDue"
  | "caseRow.noContact"
  | "caseRow.overdueSince"
  | "caseRow.pending.one"
  | "caseRow.pending.other"
  | "channel.chat"
  | "channel.email"
  | "channel.in_person"
  | "channel.letter"
  | "channel.phone"
  | "channel.sms"
  | "channel.social"
  | "channel.web"
  | "cli.agent.merged"
  | "cli.agent.renamed"
  | "cli.attached"
  | "cli.backup.made"
  | "cli.backup.none"
  | "cli.backup.restored"
  | "cli.case.atStake"
  | "cli.case.empty"
  | "cli.case.escalated"
  | "cli.case.opened"
  | "cli.case.reopened"
  | "cli.case.resolved"
  | "cli.case.status"
  | "cli.case.wanted"
  | "cli.cases.none"
  | "cli.changed"
  | "cli.clocks.needsDate"
  | "cli.clocks.unset"
  | "cli.col.agent"
  | "cli.col.atStake"
  | "cli.col.case"
  | "cli.col.cases"
  | "cli.col.company"
  | "cli.col.deleted"
  | "cli.col.due"
  | "cli.col.id"
  | "cli.col.kind"
  | "cli.col.name"
  | "cli.col.nextDue"
  | "cli.col.open"
  | "cli.col.promise"
  | "cli.col.rule"
  | "cli.col.started"
  | "cli.col.startsWhen"
  | "cli.col.status"
  | "cli.col.then"
  | "cli.col.title"
  | "cli.col.until"
  | "cli.col.what"
  | "cli.companies.none"
  | "cli.company.added"
  | "cli.company.noCases"
  | "cli.count.cases.one"
  | "cli.count.cases.other"
  | "cli.count.companies.one"
  | "cli.count.companies.other"
  | "cli.count.events.one"
  | "cli.count.events.other"
  | "cli.count.files.one"
  | "cli.count.files.other"
  | "cli.count.followUps.one"
  | "cli.count.followUps.other"
  | "cli.count.interactions.one"
  | "cli.count.interactions.other"
  | "cli.count.promises.one"
  | "cli.count.promises.other"
  | "cli.deleted"
  | "cli.deleted.with"
  | "cli.dossier"
  | "cli.exported"
  | "cli.exportedArchive"
  | "cli.exportedCalendar"
  | "cli.exportedSpreadsheet"
  | "cli.followUp.defaultNote"
  | "cli.followUp.set"
  | "cli.holidays"
  | "cli.imported"
  | "cli.logged"
  | "cli.notFound.hint"
  | "cli.overdue"
  | "cli.promise"
  | "cli.promise.status"
  | "cli.promises.none"
  | "cli.report.agent"
  | "cli.report.byYear"
  | "cli.report.contacts"
  | "cli.report.empty"
  | "cli.report.mine"
  | "cli.report.money"
  | "cli.report.theirs"
  | "cli.restored"
  | "cli.search.hit"
  | "cli.search.none"
  | "cli.timeline.attachment"
  | "cli.timeline.followUp"
  | "cli.timeline.myPromise"
  | "cli.timeline.promise"
  | "cli.trash.emptied.one"
  | "cli.trash.emptied.other"
  | "cli.trash.none"
  | "clocks.checkRules"
  | "clocks.countedFrom"
  | "clocks.country"
  | "clocks.dayOf"
  | "clocks.empty"
  | "clocks.hint"
  | "clocks.needsStart"
  | "clocks.none"
  | "clocks.pick"
  | "clocks.remind"
  | "clocks.remindFor"
  | "clocks.reminding"
  | "clocks.reminds.one"
  | "clocks.reminds.other"
  | "clocks.secondary"
  | "clocks.sector"
  | "clocks.setDay"
  | "clocks.source"
  | "clocks.title"
  | "common.dismiss"
  | "common.loading"
  | "companies.add"
  | "companies.counts"
  | "companies.empty"
  | "companies.title"
  | "company.back"
  | "company.cases"
  | "company.casesEmpty"
  | "company.casesEmpty.client"
  | "company.clientBadge"
  | "company.contact"
  | "company.edit"
  | "company.edit.client"
  | "company.noContact"
  | "company.noContact.client"
  | "company.openCase"
  | "company.showResolved.one"
  | "company.showResolved.other"
  | "companyForm.accountAdd"
  | "companyForm.accountLabel"
  | "companyForm.accountLabelPlaceholder"
  | "companyForm.accountValue"
  | "companyForm.accounts"
  | "companyForm.accountsHint"
  | "companyForm.addTitle"
  | "companyForm.client"
  | "companyForm.clientHint"
  | "companyForm.country"
  | "companyForm.countryHint"
  | "companyForm.editTitle"
  | "companyForm.editTitle.client"
  | "companyForm.onePerLine"
  | "confirm.agentWithId"
  | "confirm.closing"
  | "confirm.ifNotDone"
  | "confirm.noPromise"
  | "confirm.on"
  | "confirm.opening"
  | "confirm.opening.agent"
  | "confirm.promise"
  | "confirm.reference"
  | "confirm.today"
  | "contact.copied"
  | "contact.copy"
  | "contact.copyFailed"
  | "contact.copyFor"
  | "contact.open"
  | "contact.openFor"
  | "damaged.backup.one"
  | "damaged.backup.other"
  | "damaged.banner"
  | "damaged.copy"
  | "damaged.copyHint"
  | "damaged.file"
  | "damaged.noBackup"
  | "damaged.restore"
  | "damaged.restoreHint"
  | "damaged.restored"
  | "damaged.title"
  | "damaged.what"
  | "damaged.working"
  | "date.am"
  | "date.day"
  | "date.dayTime"
  | "date.pick"
  | "date.pm"
  | "delete.button"
  | "delete.buttonFor"
  | "delete.cancel"
  | "delete.confirm"
  | "delete.question.case"
  | "delete.question.company"
  | "delete.question.interaction"
  | "delete.question.other"
  | "direction.inbound"
  | "direction.outbound"
  | "discard.no"
  | "discard.question"
  | "discard.yes"
  | "dossier.agent"
  | "dossier.attached"
  | "dossier.attachmentMissing"
  | "dossier.attachments"
  | "dossier.card.hint"
  | "dossier.card.made"
  | "dossier.card.make"
  | "dossier.card.open"
  | "dossier.card.title"
  | "dossier.company"
  | "dossier.companyContacts"
  | "dossier.contacts.one"
  | "dossier.contacts.other"
  | "dossier.daysOpen.one"
  | "dossier.daysOpen.other"
  | "dossier.description"
  | "dossier.done"
  | "dossier.end"
  | "dossier.escalated"
  | "dossier.followUp.deadline"
  | "dossier.followUp.follow_up"
  | "dossier.footer"
  | "dossier.generated"
  | "dossier.hold.one"
  | "dossier.hold.other"
  | "dossier.identifier"
  | "dossier.keptLate"
  | "dossier.late.one"
  | "dossier.late.other"
  | "dossier.level"
  | "dossier.minutes.one"
  | "dossier.minutes.other"
  | "dossier.money"
  | "dossier.nothingLogged"
  | "dossier.onHold.one"
  | "dossier.onHold.other"
  | "dossier.open"
  | "dossier.preparedBy"
  | "dossier.promise"
  | "dossier.promiseBy"
  | "dossier.promiseByCompany"
  | "dossier.promises"
  | "dossier.readBack"
  | "dossier.reference"
  | "dossier.status"
  | "dossier.status.open"
  | "dossier.status.resolved"
  | "dossier.summary"
  | "dossier.timeline"
  | "dossier.title"
  | "dossier.want"
  | "draft.discard"
  | "draft.restored"
  | "due.daysOverdue.one"
  | "due.daysOverdue.other"
  | "due.inDays.one"
  | "due.inDays.other"
  | "due.overdue"
  | "due.today"
  | "due.tomorrow"
  | "dueKind.deadline"
  | "dueKind.follow_up"
  | "dueKind.promise"
  | "edit.button"
  | "edit.buttonFor"
  | "edit.cancel"
  | "edit.save"
  | "edit.title.followUp"
  | "edit.title.interaction"
  | "edit.title.promise"
  | "entity.agent"
  | "entity.case"
  | "entity.company"
  | "entity.follow_up"
  | "entity.interaction"
  | "entity.promise"
  | "entity.trash"
  | "error.bad_backup"
  | "error.bad_import"
  | "error.busy"
  | "error.conflict"
  | "error.damaged"
  | "error.damaged.noBackup"
  | "error.database_too_new"
  | "error.invalid"
  | "error.io"
  | "error.loadTitle"
  | "error.not_found"
  | "error.not_found.id"
  | "error.not_found.named"
  | "error.read_only"
  | "error.storage"
  | "error.too_large"
  | "error.too_large.window"
  | "error.unknown"
  | "escalation.agent"
  | "escalation.complaints"
  | "escalation.executive"
  | "escalation.leaving"
  | "escalation.public"
  | "escalation.regulator"
  | "escalation.supervisor"
  | "exports.calendar"
  | "exports.calendarDone"
  | "exports.calendarEmpty"
  | "exports.hint"
  | "exports.openCalendar"
  | "exports.openFolder"
  | "exports.spreadsheet"
  | "exports.spreadsheetDone"
  | "exports.title"
  | "field.accounts"
  | "field.agent_code"
  | "field.agent_department"
  | "field.agent_name"
  | "field.amount"
  | "field.channel"
  | "field.chat_url"
  | "field.clock_country"
  | "field.clock_start"
  | "field.currency"
  | "field.description"
  | "field.desired_outcome"
  | "field.direction"
  | "field.duration_min"
  | "field.emails"
  | "field.escalation"
  | "field.follow_up_due"
  | "field.follow_up_kind"
  | "field.follow_up_note"
  | "field.help_url"
  | "field.hold_min"
  | "field.holiday_country"
  | "field.identifiers"
  | "field.language"
  | "field.name"
  | "field.notes"
  | "field.occurred_at"
  | "field.opened_on"
  | "field.outcome"
  | "field.phones"
  | "field.promise_description"
  | "field.promise_due"
  | "field.recovered"
  | "field.reference"
  | "field.reminder_time"
  | "field.resolution_note"
  | "field.social"
  | "field.summary"
  | "field.title"
  | "field.until"
  | "field.website"
  | "field.your_name"
  | "followUp.due"
  | "followUp.dueHint"
  | "followUp.hint"
  | "followUp.kind"
  | "followUp.note"
  | "followUp.notePlaceholder"
  | "followUp.save"
  | "followUp.saved"
  | "followUp.title"
  | "followUpKind.deadline"
  | "followUpKind.follow_up"
  | "form.cancel"
  | "form.check"
  | "form.remove"
  | "form.save"
  | "form.saving"
  | "home.companies.empty"
  | "home.companies.more"
  | "home.companies.title"
  | "home.companies.total.one"
  | "home.companies.total.other"
  | "home.dueSoon.empty"
  | "home.dueSoon.title"
  | "home.empty.add"
  | "home.empty.body"
  | "home.empty.title"
  | "home.overdue.empty"
  | "home.overdue.title"
  | "home.seeAll"
  | "home.shown"
  | "home.title"
  | "ics.agent"
  | "ics.agentId"
  | "ics.agentWithId"
  | "ics.case"
  | "ics.company"
  | "ics.deadline"
  | "ics.followUp"
  | "ics.promise"
  | "ics.reference"
  | "ladder.aLetter"
  | "ladder.current"
  | "ladder.go"
  | "ladder.moved"
  | "ladder.next.complaints"
  | "ladder.next.executive"
  | "ladder.next.leaving"
  | "ladder.next.public"
  | "ladder.next.regulator"
  | "ladder.next.supervisor"
  | "ladder.stepBack"
  | "ladder.suggest"
  | "ladder.switch"
  | "ladder.title"
  | "ladder.wait"
  | "ladder.why.broken.one"
  | "ladder.why.broken.other"
  | "ladder.why.contacts.one"
  | "ladder.why.contacts.other"
  | "lang.en"
  | "lang.ko"
  | "lang.label"
  | "letter.confirmation.subject"
  | "letter.contacts.one"
  | "letter.contacts.other"
  | "letter.date"
  | "letter.kind.complaint"
  | "letter.kind.confirmation"
  | "letter.kind.escalate"
  | "letter.kind.executive"
  | "letter.kind.referral"
  | "letter.noContact"
  | "letter.times.one"
  | "letter.times.other"
  | "letters.attach"
  | "letters.attached"
  | "letters.copied"
  | "letters.copy"
  | "letters.hint"
  | "letters.kind"
  | "letters.language"
  | "letters.own"
  | "letters.save"
  | "letters.saved"
  | "letters.show"
  | "letters.title"
  | "list.showMore"
  | "list.shown"
  | "log.agent"
  | "log.agentHint"
  | "log.check.names"
  | "log.check.next"
  | "log.check.promise"
  | "log.check.reference"
  | "log.checklist"
  | "log.dateHint"
  | "log.duration"
  | "log.hold"
  | "log.knownAgent"
  | "log.knownAgentPick"
  | "log.pendingFiles"
  | "log.pendingRemove"
  | "log.promise"
  | "log.promiseBy"
  | "log.promiseDue"
  | "log.promiseHint"
  | "log.save"
  | "log.saved"
  | "log.title"
  | "month.1"
  | "month.10"
  | "month.11"
  | "month.12"
  | "month.2"
  | "month.3"
  | "month.4"
  | "month.5"
  | "month.6"
  | "month.7"
  | "month.8"
  | "month.9"
  | "nav.companies"
  | "nav.home"
  | "nav.label"
  | "nav.overdue"
  | "nav.record"
  | "nav.settings"
  | "notice.agentId"
  | "notice.clock.soon"
  | "notice.clock.today"
  | "notice.date"
  | "notice.deadline"
  | "notice.followUp"
  | "notice.mine.late"
  | "notice.mine.soon"
  | "notice.open"
  | "notice.promise"
  | "notice.promise.by"
  | "notice.reference"
  | "notice.summary.body"
  | "notice.summary.more"
  | "notice.summary.promises"
  | "notice.summary.reminders"
  | "notice.title"
  | "notify.checkTitle"
  | "notify.openHome"
  | "notify.problem"
  | "notify.stillListed"
  | "notify.title"
  | "outcome.gave_up"
  | "outcome.got_it"
  | "outcome.partial"
  | "outcome.switched"
  | "overdue.count"
  | "overdue.intro"
  | "overdue.more"
  | "overdue.title"
  | "prep.add"
  | "prep.addFor"
  | "prep.broken.one"
  | "prep.broken.other"
  | "prep.check.identifiers"
  | "prep.check.outcome"
  | "prep.check.phone"
  | "prep.check.problem"
  | "prep.checklist"
  | "prep.contactUs"
  | "prep.copied"
  | "prep.copy"
  | "prep.copyFor"
  | "prep.identifiers"
  | "prep.last"
  | "prep.lastPromise"
  | "prep.missing"
  | "prep.outcome"
  | "prep.problem"
  | "prep.ready"
  | "prep.resumeCall"
  | "prep.startCall"
  | "prep.title"
  | "prep.tried.none"
  | "prep.tried.one"
  | "prep.tried.other"
  | "promiseSide.me"
  | "promiseSide.them"
  | "promiseStatus.broken"
  | "promiseStatus.kept"
  | "promiseStatus.pending"
  | "promiseStatus.withdrawn"
  | "record.activity"
  | "record.activityEmpty"
  | "record.activityHint"
  | "record.amount"
  | "record.broken"
  | "record.brokenIn"
  | "record.cases"
  | "record.company"
  | "record.contacts"
  | "record.empty"
  | "record.hint"
  | "record.hold"
  | "record.kept"
  | "record.late"
  | "record.legend"
  | "record.made"
  | "record.month"
  | "record.perCase"
  | "record.promises"
  | "record.rate"
  | "record.recovered"
  | "record.recoveredEmpty"
  | "record.recoveredHint"
  | "record.sortBy"
  | "record.title"
  | "record.year"
  | "recordKind.case"
  | "recordKind.company"
  | "recordKind.follow_up"
  | "recordKind.interaction"
  | "recordKind.promise"
  | "ref.label"
  | "resolve.confirm"
  | "resolve.hint"
  | "resolve.note"
  | "resolve.outcome"
  | "resolve.recovered"
  | "resolve.recoveredHint"
  | "resolve.recoveredHintNone"
  | "resolve.stops.one"
  | "resolve.stops.other"
  | "resolve.title"
  | "rule.before_contact"
  | "rule.contact.incomplete"
  | "rule.duplicate"
  | "rule.email"
  | "rule.empty"
  | "rule.far_away"
  | "rule.future"
  | "rule.incomplete"
  | "rule.labelled.incomplete"
  | "rule.minutes.not_a_number"
  | "rule.money.incomplete"
  | "rule.name.duplicate"
  | "rule.negative"
  | "rule.not_a_date"
  | "rule.not_a_number"
  | "rule.not_allowed"
  | "rule.occurred_at.empty"
  | "rule.out_of_range"
  | "rule.past"
  | "rule.recovered.currency"
  | "rule.recovered.incomplete"
  | "rule.time.not_a_date"
  | "rule.too_long"
  | "rule.too_precise"
  | "rule.too_precise.whole"
  | "rule.unknown_currency"
  | "rule.url"
  | "score.agentLine"
  | "score.agents"
  | "score.brokenRate"
  | "score.channels"
  | "score.contacts"
  | "score.contactsTitle"
  | "score.empty"
  | "score.hint"
  | "score.hold"
  | "score.late"
  | "score.money"
  | "score.moneyLine"
  | "score.myPromises"
  | "score.outcome"
  | "score.outcomes"
  | "score.promiseLine"
  | "score.resolve"
  | "score.theirPromises"
  | "score.title"
  | "search.label"
  | "search.none"
  | "search.placeholder"
  | "search.results.one"
  | "search.results.other"
  | "search.shortcut"
  | "sector.credit_card"
  | "sector.credit_report"
  | "sector.debit_card"
  | "sector.doorstep"
  | "sector.energy"
  | "sector.financial"
  | "sector.goods"
  | "sector.online_shopping"
  | "sector.payments"
  | "sector.services"
  | "sector.telecom"
  | "settings.autostart"
  | "settings.autostart.off"
  | "settings.autostart.on"
  | "settings.holidays.hint"
  | "settings.holidays.saved"
  | "settings.holidays.title"
  | "settings.language.title"
  | "settings.reminderTime.hint"
  | "settings.reminderTime.saved"
  | "settings.reminders.title"
  | "settings.startup.title"
  | "settings.title"
  | "settings.window"
  | "settings.yourName.hint"
  | "settings.yourName.saved"
  | "snooze.again"
  | "snooze.confirm"
  | "snooze.done"
  | "snooze.hour"
  | "snooze.label"
  | "snooze.menu"
  | "snooze.next"
  | "snooze.notADate"
  | "snooze.past"
  | "snooze.pick"
  | "snooze.tomorrow"
  | "snooze.until"
  | "snooze.untilHint"
  | "startEvent.complaint"
  | "startEvent.decision"
  | "startEvent.delivered"
  | "startEvent.final_response"
  | "startEvent.noticed"
  | "startEvent.purchased"
  | "startEvent.referred"
  | "startEvent.refund_agreed"
  | "startEvent.statement"
  | "status.open"
  | "status.resolved"
  | "timeline.agent"
  | "timeline.broken"
  | "timeline.doneAt"
  | "timeline.due"
  | "timeline.dueMoved"
  | "timeline.duration"
  | "timeline.empty"
  | "timeline.escalated"
  | "timeline.followUpDone"
  | "timeline.hold"
  | "timeline.kept"
  | "timeline.markFor"
  | "timeline.newestFirst"
  | "timeline.oldestFirst"
  | "timeline.order"
  | "timeline.promise.me"
  | "timeline.promise.them"
  | "timeline.promisedBy"
  | "timeline.reference"
  | "timeline.statusAt"
  | "timeline.summary"
  | "timeline.title"
  | "timeline.undo"
  | "timeline.withdrawn"
  | "trash.empty"
  | "trash.emptyAll"
  | "trash.emptyQuestion"
  | "trash.hint"
  | "trash.item"
  | "trash.restore"
  | "trash.restoreFor"
  | "trash.restored"
  | "trash.title"
  | "trash.with"
  | "tray.nothingOverdue"
  | "tray.open"
  | "tray.quit"
  | "tray.tooltip"
  | "tray.unknown"
  | "undo.button"
  | "undo.deleted"
  | "weekday.1"
  | "weekday.2"
  | "weekday.3"
  | "weekday.4"
  | "weekday.5"
  | "weekday.6"
  | "weekday.7";

/** Each language's messages as JSON text, read the first time they are used. */
const TEXT = {
  en: String.raw`{
  "about.folder": "Your data is kept in this folder, on this computer only: the database, backups, exports and attached files.",
  "about.licence": "Casebook is free software under the {licence} licence. The Nanum Gothic font in dossiers is under the {font}.",
  "about.open": "Open the data folder",
  "about.private": "Casebook never connects to the internet.",
  "about.title": "About Casebook",
  "about.version": "Version {version}",
  "agent.nameCode": "{name} (ID {code})",
  "agent.nameCodeDept": "{name} (ID {code}, {department})",
  "agent.nameDept": "{name} ({department})",
  "agents.empty": "No agents yet. One is added when you log a contact with their name or ID.",
  "agents.merge": "Merge",
  "agents.mergeQuestion": "Merge {other} into {keep}? Every contact and promise with {other} will name {keep}.",
  "agents.merged": "Merged into {name}.",
  "agents.renamed": "Saved: {name}.",
  "agents.sameAs": "Same person as",
  "agents.sameAsFor": "Same person as {name}",
  "agents.title": "Agents you spoke to",
  "app.name": "Casebook",
  "attachments.added.one": "Attached {count} file.",
  "attachments.added.other": "Attached {count} files.",
  "attachments.chip": "Attachment",
  "attachments.choose": "Attach files…",
  "attachments.dropHere": "Drop the files to attach them to this case",
  "attachments.hint": "Attach receipts, photos, screenshots, recordings and letters: drop files anywhere on this case, paste a screenshot, or choose files. Each is copied into Casebook, so the case keeps it even if the original is moved.",
  "attachments.keep": "Keep it",
  "attachments.missing": "File missing",
  "attachments.open": "Open",
  "attachments.pasted": "Screenshot {date}.png",
  "attachments.remove": "Remove",
  "attachments.removeFor": "Remove {name}",
  "attachments.removeQuestion": "Remove {name} from this case? The copy Casebook keeps is deleted once nothing else uses it.",
  "attachments.removeYes": "Remove",
  "attachments.showFull": "Show {name} full size",
  "attachments.title": "Evidence",
  "backups.empty": "No backups yet. The first is made today; Back up now makes one at once.",
  "backups.hint": "Casebook copies your data once a day while it runs, and before an update changes it, into the backups folder beside it. The last 7 days and the last 4 weeks are kept.",
  "backups.made": "Backed up ({size}).",
  "backups.now": "Back up now",
  "backups.restore": "Restore",
  "backups.restoreFor": "Restore the backup from {date}",
  "backups.restoreNo": "Keep my data",
  "backups.restoreQuestion": "Replace all your data with the backup from {date}? What is there now is kept first, and Undo brings it back.",
  "backups.restoreYes": "Restore",
  "backups.restored.one": "Restored the backup from {date}: {count} case.",
  "backups.restored.other": "Restored the backup from {date}: {count} cases.",
  "backups.row.one": "{count} case · {size}",
  "backups.row.other": "{count} cases · {size}",
  "backups.title": "Backups",
  "backups.undo": "Undo the restore",
  "backups.undone": "The data is back as it was before the restore.",
  "call.agent": "Agent's name",
  "call.agentCode": "Agent's ID",
  "call.back": "Back to the case",
  "call.confirm.copied": "Copied",
  "call.confirm.copy": "Copy the message",
  "call.confirm.hint": "Send this to the company by email or chat, so the agreement is on their record too.",
  "call.confirm.title": "Confirm it in writing",
  "call.department": "Department",
  "call.discard": "Discard the call",
  "call.discardQuestion": "Discard this call and everything noted in it?",
  "call.draftKept": "Noted as you type: a crash or a closed window loses nothing but the last seconds.",
  "call.due": "By when",
  "call.dueHint": "Like 2026-11-30, 2026-11-30 17:00, in 3 days or in 3 business days",
  "call.dueReads": "That is {day}.",
  "call.end": "End call",
  "call.hold": "On hold",
  "call.holdHint": "Space or H puts the call on hold and back, when you are not typing.",
  "call.holdTime": "On hold",
  "call.ifNotDone": "What happens if it is not done",
  "call.notes": "Notes",
  "call.promise": "What they promise",
  "call.readBack.agent_id": "Agent's ID",
  "call.readBack.agent_name": "Agent's name",
  "call.readBack.due": "By when",
  "call.readBack.hint": "Read each line to the agent and ask them to confirm it. Missing lines can still be asked now; you can save without them.",
  "call.readBack.if_not_done": "What happens if it is not done",
  "call.readBack.lasted": "The call took {time}, {hold} of it on hold.",
  "call.readBack.missing": "Missing",
  "call.readBack.promise": "What exactly was promised",
  "call.readBack.reference": "Reference number",
  "call.readBack.title": "Read it back before hanging up",
  "call.reference": "Reference number",
  "call.resume": "Back to the call",
  "call.resumed": "Went on with the call you started at {time}.",
  "call.save": "Save the call",
  "call.saved": "Call saved.",
  "call.say": "Say it the same way every time",
  "call.startOver": "Start a new call instead",
  "call.timer": "Call time",
  "call.title": "On the call",
  "case.backHome": "Back to Home",
  "case.closeLog": "Close the form",
  "case.company": "Company",
  "case.company.client": "Client",
  "case.description": "The problem",
  "case.desired": "What I want",
  "case.edit": "Edit case",
  "case.escalation": "Escalation",
  "case.logButton": "Log a contact",
  "case.logDraft": "Go on with the contact you started",
  "case.logShortcut": "Shortcut: N",
  "case.missing": "This case does not exist, or it was deleted.",
  "case.missingHint": "A deleted case stays in Recently deleted (in Settings) for {days} days.",
  "case.money": "Money at stake",
  "case.noDesired": "No desired outcome yet. Edit the case to say what you want.",
  "case.opened": "Opened {date}",
  "case.recovered": "Recovered",
  "case.reopen": "Reopen case",
  "case.reopened": "Case reopened. Its reminders are back.",
  "case.resolutionNote": "How it ended",
  "case.resolve": "Resolve case",
  "case.resolved": "Case resolved. It sends no more reminders.",
  "case.resolvedOn": "Resolved {date}",
  "case.resolvedReadOnly": "This case is resolved, so nothing here reminds you. Reopen it to log more.",
  "case.resolvedWith": "Resolved: {outcome}",
  "caseForm.desiredHint": "What you want, said the same way every time.",
  "caseForm.editTitle": "Edit case",
  "caseForm.identifierAdd": "Add an identifier",
  "caseForm.identifierLabel": "Label",
  "caseForm.identifierLabelPlaceholder": "Order number",
  "caseForm.identifierValue": "Value",
  "caseForm.identifiers": "Identifiers they will ask for",
  "caseForm.identifiersHint": "Order, model, serial or transaction numbers.",
  "caseForm.money": "Money at stake",
  "caseForm.openTitle": "Open a case",
  "caseForm.openedHint": "Empty means today. For a problem that began earlier, the day it began, like 2026.9.14.",
  "caseForm.titleHint": "The problem in a few words, like “Refund for the cancelled order”.",
  "caseRow.lastContact": "Last contact {date}",
  "caseRow.nextDue": "Next due {date}",
  "caseRow.noContact": "No contact logged",
  "caseRow.overdueSince": "Overdue since {date}",
  "caseRow.pending.one": "{count} pending promise",
  "caseRow.pending.other": "{count} pending promises",
  "channel.chat": "Chat",
  "channel.email": "Email",
  "channel.in_person": "In person",
  "channel.letter": "Letter",
  "channel.phone": "Phone",
  "channel.sms": "SMS",
  "channel.social": "Social media",
  "channel.web": "Web form",
  "cli.agent.merged": "Merged into agent #{id}: {name}",
  "cli.agent.renamed": "Agent #{id} is now {name}",
  "cli.attached": "Attached {name} to case {case} (SHA-256 {sha256})",
  "cli.backup.made": "Backed up to {path} ({size})",
  "cli.backup.none": "No backups yet. Make one with: casebook backup now",
  "cli.backup.restored": "Restored {file} ({cases} cases). The data as it was is kept at {aside}: restore that file to undo.",
  "cli.case.atStake": "At stake: {money}",
  "cli.case.empty": "Nothing logged yet.",
  "cli.case.escalated": "Case #{id} is now at: {level}",
  "cli.case.opened": "Opened case #{id}: {title} ({company})",
  "cli.case.reopened": "Reopened case #{id}: {title}",
  "cli.case.resolved": "Resolved case #{id}: {title}",
  "cli.case.status": "Status: {status}",
  "cli.case.wanted": "Wanted: {want}",
  "cli.cases.none": "No cases.",
  "cli.changed": "Saved changes to {entity} #{id}",
  "cli.clocks.needsDate": "needs its start date",
  "cli.clocks.unset": "Name the case's country and sector first, like: casebook case clocks ID --country GB --sector financial",
  "cli.col.agent": "AGENT",
  "cli.col.atStake": "AT STAKE",
  "cli.col.case": "CASE",
  "cli.col.cases": "CASES",
  "cli.col.company": "COMPANY",
  "cli.col.deleted": "DELETED",
  "cli.col.due": "DUE",
  "cli.col.id": "ID",
  "cli.col.kind": "KIND",
  "cli.col.name": "NAME",
  "cli.col.nextDue": "NEXT DUE",
  "cli.col.open": "OPEN",
  "cli.col.promise": "PROMISE",
  "cli.col.rule": "RULE",
  "cli.col.started": "STARTED",
  "cli.col.startsWhen": "STARTS WITH",
  "cli.col.status": "STATUS",
  "cli.col.then": "THEN",
  "cli.col.title": "TITLE",
  "cli.col.until": "KEPT UNTIL",
  "cli.col.what": "WHAT",
  "cli.companies.none": "No companies yet. Add one with: casebook company add NAME",
  "cli.company.added": "Added company #{id}: {name}",
  "cli.company.noCases": "No cases yet.",
  "cli.count.cases.one": "{count} case",
  "cli.count.cases.other": "{count} cases",
  "cli.count.companies.one": "{count} company",
  "cli.count.companies.other": "{count} companies",
  "cli.count.events.one": "{count} event",
  "cli.count.events.other": "{count} events",
  "cli.count.files.one": "{count} attached file",
  "cli.count.files.other": "{count} attached files",
  "cli.count.followUps.one": "{count} follow-up",
  "cli.count.followUps.other": "{count} follow-ups",
  "cli.count.interactions.one": "{count} contact",
  "cli.count.interactions.other": "{count} contacts",
  "cli.count.promises.one": "{count} promise",
  "cli.count.promises.other": "{count} promises",
  "cli.deleted": "Deleted {entity} “{label}”{with}. To restore it within {days} days: casebook trash restore {id}",
  "cli.deleted.with": " with {items}",
  "cli.dossier": "Wrote the dossier of case {id} to {file}",
  "cli.exported": "Exported to {file} ({companies}, {cases})",
  "cli.exportedArchive": "Exported to {file} ({cases}, {files})",
  "cli.exportedCalendar": "Wrote {events} to {file}: open it with your calendar to add them",
  "cli.exportedSpreadsheet": "Wrote cases.csv, interactions.csv and promises.csv to {folder} ({cases}, {interactions}, {promises})",
  "cli.followUp.defaultNote": "Check back",
  "cli.followUp.set": "Follow-up #{id} set: {note} (due {due})",
  "cli.holidays": "Business days skip weekends and the public holidays of {country}. Countries known: {all}",
  "cli.imported": "Imported {companies}, {cases}, {interactions}",
  "cli.logged": "Logged contact #{id}",
  "cli.notFound.hint": "see the names with: casebook {command} list",
  "cli.overdue": "overdue",
  "cli.promise": "Promise #{id}: {what} (due {due})",
  "cli.promise.status": "Promise #{id}: {what} — {status}",
  "cli.promises.none": "No pending promises.",
  "cli.report.agent": "{name}: {made} promises, {kept} kept",
  "cli.report.byYear": "Recovered by year",
  "cli.report.contacts": "{cases} cases, {contacts} contacts ({perCase} a case); {hold} minutes on hold ({holdMedian} median); {resolve} days to resolve (median)",
  "cli.report.empty": "No companies yet. Add one with: casebook company add NAME",
  "cli.report.mine": "My promises: {made} made, {kept} kept, {broken} broken",
  "cli.report.money": "{currency}: {stake} at stake in open cases, {recovered} recovered, {givenUp} given up",
  "cli.report.theirs": "Their promises: {made} made, {kept} kept, {broken} broken, {withdrawn} withdrawn, {pending} pending; {rate} broken; kept late by {late} days (median)",
  "cli.restored": "Restored {entity} #{id}",
  "cli.search.hit": "#{id} {title} ({company}, {status})",
  "cli.search.none": "No case holds that text. Try a shorter part of it: three letters are enough.",
  "cli.timeline.attachment": "Attachment #{id}: {name}",
  "cli.timeline.followUp": "Follow-up #{id}: {note}, due {due}",
  "cli.timeline.myPromise": "My promise #{id} ({status}): {what}, due {due}",
  "cli.timeline.promise": "Promise #{id} ({status}): {what}, due {due}",
  "cli.trash.emptied.one": "Recently deleted is empty: {count} entry removed for good",
  "cli.trash.emptied.other": "Recently deleted is empty: {count} entries removed for good",
  "cli.trash.none": "Nothing was deleted in the last {days} days.",
  "clocks.checkRules": "Dates computed from the rules table of {date}. Rules change: check the current rules at the source before relying on a date.",
  "clocks.countedFrom": "Counted from: {event}, {date}",
  "clocks.country": "Country",
  "clocks.dayOf": "Day of: {event}",
  "clocks.empty": "Choose the country and the kind of business: Casebook then works out the dates that matter for this case.",
  "clocks.hint": "Regulators and laws give a company a set time to answer a complaint, and you a set time to take it further. Say where this case is and what kind of business it is with.",
  "clocks.needsStart": "Counted from: {event}. Give its day to see the date.",
  "clocks.none": "The rules table has no time limit for this country and kind of business.",
  "clocks.pick": "Choose…",
  "clocks.remind": "Add to my deadlines",
  "clocks.remindFor": "Add {rule} to my deadlines",
  "clocks.reminding": "Added to your deadlines on the home screen: it also reminds you the day before.",
  "clocks.reminds.one": "While the case is open, Casebook reminds you {count} day before each date and on the day itself, even with the window closed.",
  "clocks.reminds.other": "While the case is open, Casebook reminds you {count} days before each date and on the day itself, even with the window closed.",
  "clocks.secondary": "Read from a summary, not the rule itself.",
  "clocks.sector": "Kind of business",
  "clocks.setDay": "Set the day",
  "clocks.source": "Source: {source}",
  "clocks.title": "Time limits",
  "common.dismiss": "Dismiss",
  "common.loading": "Loading…",
  "companies.add": "Add a company",
  "companies.counts": "{open} open · {all} in all",
  "companies.empty": "No companies yet. Add the company you are dealing with: a shop, a provider, a client.",
  "companies.title": "Companies",
  "company.back": "All companies",
  "company.cases": "Cases",
  "company.casesEmpty": "No cases with this company yet. Open a case for the problem you need fixed.",
  "company.casesEmpty.client": "No cases with this client yet. Open a case for what you need to settle with them: an unpaid invoice, a change you promised.",
  "company.clientBadge": "Client",
  "company.contact": "How to reach them",
  "company.edit": "Edit company",
  "company.edit.client": "Edit client",
  "company.noContact": "No contact details yet. Edit the company to add its phone numbers and pages.",
  "company.noContact.client": "No contact details yet. Edit the client to add their phone numbers and pages.",
  "company.openCase": "Open a case",
  "company.showResolved.one": "Show {count} resolved case",
  "company.showResolved.other": "Show {count} resolved cases",
  "companyForm.accountAdd": "Add an identifier",
  "companyForm.accountLabel": "Label",
  "companyForm.accountLabelPlaceholder": "Account number",
  "companyForm.accountValue": "Value",
  "companyForm.accounts": "Your account identifiers with them",
  "companyForm.accountsHint": "What they ask for to find you: account number, customer ID, contract.",
  "companyForm.addTitle": "Add a company",
  "companyForm.client": "This is a client I work for",
  "companyForm.clientHint": "For freelancers and sellers: its screens then say “client” instead of “company”.",
  "companyForm.country": "Country for time limits",
  "companyForm.countryHint": "Where this company's rules apply and what kind of business it is: each case then shows the regulators' and laws' time limits. A case can name its own.",
  "companyForm.editTitle": "Edit company",
  "companyForm.editTitle.client": "Edit client",
  "companyForm.onePerLine": "One per line",
  "confirm.agentWithId": "{name} (ID {id})",
  "confirm.closing": " Please reply if any of this is not what we agreed.",
  "confirm.ifNotDone": " If it is not done: {text}.",
  "confirm.noPromise": ".",
  "confirm.on": "on {day} at {time}",
  "confirm.opening": "As discussed {when}",
  "confirm.opening.agent": "As discussed {when} with {agent}",
  "confirm.promise": ". You promised: {promise}, by {due}.",
  "confirm.reference": ", reference {reference}",
  "confirm.today": "today at {time}",
  "contact.copied": "Copied",
  "contact.copy": "Copy",
  "contact.copyFailed": "Could not copy: select the text and copy it",
  "contact.copyFor": "Copy {value}",
  "contact.open": "Open",
  "contact.openFor": "Open {value} in your browser",
  "damaged.backup.one": "The newest good backup was made {date}. It holds {count} case.",
  "damaged.backup.other": "The newest good backup was made {date}. It holds {count} cases.",
  "damaged.banner": "You are reading a read-only copy of your damaged data. Copy out what you need, then restore the newest good backup.",
  "damaged.copy": "Open a read-only copy",
  "damaged.copyHint": "Casebook copies the damaged file and opens the copy to read: copy out what you need. Nothing can be changed in it.",
  "damaged.file": "The damaged file",
  "damaged.noBackup": "There is no good backup beside it. Keep a copy of the data folder before trying anything else, then open a read-only copy to take out what can still be read.",
  "damaged.restore": "Restore this backup",
  "damaged.restoreHint": "The damaged file is kept beside it under another name; nothing is deleted. What changed since the backup was made is only in the damaged file: open a read-only copy first to copy it out.",
  "damaged.restored": "Restored the backup from {date}. The damaged file is kept at {file}.",
  "damaged.title": "Your data file is damaged",
  "damaged.what": "When Casebook started, it checked your data file and found it damaged. It has not changed or deleted anything.",
  "damaged.working": "Working…",
  "date.am": "{hour}:{minute} AM",
  "date.day": "{weekday}, {month} {day}, {year}",
  "date.dayTime": "{day}, {time}",
  "date.pick": "{label}: pick from a calendar",
  "date.pm": "{hour}:{minute} PM",
  "delete.button": "Delete",
  "delete.buttonFor": "Delete {label}",
  "delete.cancel": "Keep it",
  "delete.confirm": "Delete",
  "delete.question.case": "Delete the case “{label}” with everything logged in it? It stays in Recently deleted (Settings) for {days} days.",
  "delete.question.company": "Delete “{label}” and its {cases}? Everything stays in Recently deleted (Settings) for {days} days.",
  "delete.question.interaction": "Delete this contact and any promise made in it? It stays in Recently deleted (Settings) for {days} days.",
  "delete.question.other": "Delete “{label}”? It stays in Recently deleted (Settings) for {days} days.",
  "direction.inbound": "They contacted me",
  "direction.outbound": "I contacted them",
  "discard.no": "Keep editing",
  "discard.question": "Discard what you typed in this form?",
  "discard.yes": "Discard",
  "dossier.agent": "Agent: {who}",
  "dossier.attached": "Attached: {name} ({size})",
  "dossier.attachmentMissing": "the file is missing from this computer",
  "dossier.attachments": "Attachments",
  "dossier.card.hint": "One PDF with the whole history in date order: every contact, each promise kept or broken and how late, follow-ups and attachments. Send it to a supervisor, an ombudsman or a court; Casebook never sends it.",
  "dossier.card.made": "Saved {file}",
  "dossier.card.make": "Make the dossier",
  "dossier.card.open": "Open the PDF",
  "dossier.card.title": "Dossier",
  "dossier.company": "Company: {value}",
  "dossier.companyContacts": "Company contacts: {value}",
  "dossier.contacts.one": "{count} contact with the company",
  "dossier.contacts.other": "{count} contacts with the company",
  "dossier.daysOpen.one": "{count} day since the case was opened on {date}",
  "dossier.daysOpen.other": "{count} days since the case was opened on {date}",
  "dossier.description": "What happened: {value}",
  "dossier.done": "done on {date}",
  "dossier.end": "Every entry above was recorded in Casebook at the time, on the user's own computer. Attachments are listed with their SHA-256 hash so a reader can check each file is the one recorded.",
  "dossier.escalated": "Taken from {from} to {to}",
  "dossier.followUp.deadline": "Deadline: {what} — {due}, {state}",
  "dossier.followUp.follow_up": "Follow-up: {what} — due {due}, {state}",
  "dossier.footer": "{title} · generated {date} · page {page} of {pages}",
  "dossier.generated": "Generated by Casebook on {date}",
  "dossier.hold.one": "{count} minute on hold in total",
  "dossier.hold.other": "{count} minutes on hold in total",
  "dossier.identifier": "{value}",
  "dossier.keptLate": "Kept, {late}",
  "dossier.late.one": "{count} day late",
  "dossier.late.other": "{count} days late",
  "dossier.level": "Escalation level: {value}",
  "dossier.minutes.one": "{count} minute",
  "dossier.minutes.other": "{count} minutes",
  "dossier.money": "Money at stake: {value}",
  "dossier.nothingLogged": "Nothing has been logged in this case yet.",
  "dossier.onHold.one": "{count} minute on hold",
  "dossier.onHold.other": "{count} minutes on hold",
  "dossier.open": "still open",
  "dossier.preparedBy": "Prepared by {name}",
  "dossier.promise": "Promise: {what} — {by}, due {due}: {status}",
  "dossier.promiseBy": "promised by {who}",
  "dossier.promiseByCompany": "promised by the company",
  "dossier.promises": "Promises: {made} made, {kept} kept, {broken} broken, {pending} still pending",
  "dossier.readBack": "Read back: {text}",
  "dossier.reference": "Reference {reference}",
  "dossier.status": "Status: {value}",
  "dossier.status.open": "Open",
  "dossier.status.resolved": "Resolved",
  "dossier.summary": "Summary",
  "dossier.timeline": "Timeline",
  "dossier.title": "Case file: {title}",
  "dossier.want": "What I am asking for: {value}",
  "draft.discard": "Discard it",
  "draft.restored": "Put back what you typed and did not save ({time}).",
  "due.daysOverdue.one": "{count} day overdue",
  "due.daysOverdue.other": "{count} days overdue",
  "due.inDays.one": "In {count} day",
  "due.inDays.other": "In {count} days",
  "due.overdue": "Overdue",
  "due.today": "Today",
  "due.tomorrow": "Tomorrow",
  "dueKind.deadline": "Deadline",
  "dueKind.follow_up": "Follow-up",
  "dueKind.promise": "Promise",
  "edit.button": "Edit",
  "edit.buttonFor": "Edit {label}",
  "edit.cancel": "Cancel",
  "edit.save": "Save changes",
  "edit.title.followUp": "Correct the follow-up",
  "edit.title.interaction": "Correct the contact",
  "edit.title.promise": "Correct the promise",
  "entity.agent": "agent",
  "entity.case": "case",
  "entity.company": "company",
  "entity.follow_up": "follow-up",
  "entity.interaction": "contact",
  "entity.promise": "promise",
  "entity.trash": "entry in Recently deleted",
  "error.bad_backup": "That file cannot be restored: {message}",
  "error.bad_import": "That file cannot be imported, so nothing was changed: {message}",
  "error.busy": "Your data is busy in another Casebook window or command. Try again in a moment.",
  "error.conflict": "That could not be done: {message}",
  "error.damaged": "Your data file is damaged, so Casebook has not changed it. Restore the newest good backup with: casebook restore {backup}",
  "error.damaged.noBackup": "Your data file is damaged, so Casebook has not changed it, and there is no good backup beside it. Keep a copy of the data folder before trying anything else.",
  "error.database_too_new": "Your data was saved by a newer version of Casebook. Update Casebook to open it; nothing was changed.",
  "error.invalid": "{field}: {message}",
  "error.io": "A file could not be read or written: {message}",
  "error.loadTitle": "Could not load this screen",
  "error.not_found": "This item no longer exists. It may have been removed.",
  "error.not_found.id": "No {entity} with ID {id}",
  "error.not_found.named": "No {entity} named “{name}”",
  "error.read_only": "This is a read-only copy of damaged data: nothing can be changed in it. Restore a backup to go on working.",
  "error.storage": "Your data could not be read or saved: {message}",
  "error.too_large": "{name} is {size} MB: a file over {limit} MB cannot be attached. Attach a smaller copy, or a part of it.",
  "error.too_large.window": "{name} is larger than {limit} MB, so it cannot be attached. Attach a smaller copy, or a part of it.",
  "error.unknown": "Something went wrong: {message}",
  "escalation.agent": "Agent",
  "escalation.complaints": "Complaints department",
  "escalation.executive": "Executive",
  "escalation.leaving": "Leaving (switch, chargeback, small claims)",
  "escalation.public": "Public (social media, reviews)",
  "escalation.regulator": "Regulator or ombudsman",
  "escalation.supervisor": "Supervisor",
  "exports.calendar": "Add to calendar",
  "exports.calendarDone": "Wrote {events} to {file}. Open it to add them to your calendar; opening a newer one updates them.",
  "exports.calendarEmpty": "No open case has a pending promise or follow-up, so the calendar file {file} is empty.",
  "exports.hint": "Take your history to a spreadsheet, or the dates companies promised to the calendar you already use. The files go to the exports folder beside your data; nothing is sent anywhere.",
  "exports.openCalendar": "Open in my calendar",
  "exports.openFolder": "Open the folder",
  "exports.spreadsheet": "Export to spreadsheet",
  "exports.spreadsheetDone": "Wrote {cases}, {interactions} and {promises} to {folder}",
  "exports.title": "Exports",
  "field.accounts": "Account identifiers",
  "field.agent_code": "Agent ID",
  "field.agent_department": "Department",
  "field.agent_name": "Agent name",
  "field.amount": "Amount",
  "field.channel": "Channel",
  "field.chat_url": "Chat page",
  "field.clock_country": "Country for time limits",
  "field.clock_start": "Day it started",
  "field.currency": "Currency",
  "field.description": "Description",
  "field.desired_outcome": "Desired outcome",
  "field.direction": "Direction",
  "field.duration_min": "Duration",
  "field.emails": "Email addresses",
  "field.escalation": "Escalation",
  "field.follow_up_due": "Follow-up date",
  "field.follow_up_kind": "Kind",
  "field.follow_up_note": "Follow-up note",
  "field.help_url": "Help page",
  "field.hold_min": "Time on hold",
  "field.holiday_country": "Holiday country",
  "field.identifiers": "Identifiers",
  "field.language": "Language",
  "field.name": "Name",
  "field.notes": "Notes",
  "field.occurred_at": "When",
  "field.opened_on": "Started on",
  "field.outcome": "Outcome",
  "field.phones": "Phone numbers",
  "field.promise_description": "Promise",
  "field.promise_due": "Promise due date",
  "field.recovered": "Amount recovered",
  "field.reference": "Reference number",
  "field.reminder_time": "Reminder time",
  "field.resolution_note": "Resolution note",
  "field.social": "Social accounts",
  "field.summary": "Read-back summary",
  "field.title": "Title",
  "field.until": "Remind me again at",
  "field.website": "Website",
  "field.your_name": "Your name",
  "followUp.due": "When",
  "followUp.dueHint": "Like 2026-11-30, 11/30, tomorrow or 2026-11-30 17:00",
  "followUp.hint": "Your own date to check back, or a deadline like a return window.",
  "followUp.kind": "Kind",
  "followUp.note": "What to do",
  "followUp.notePlaceholder": "Call again if the refund has not arrived",
  "followUp.save": "Add",
  "followUp.saved": "Added.",
  "followUp.title": "Add a follow-up or deadline",
  "followUpKind.deadline": "My deadline",
  "followUpKind.follow_up": "Follow-up",
  "form.cancel": "Cancel",
  "form.check": "Please check the marked fields.",
  "form.remove": "Remove row {n}",
  "form.save": "Save",
  "form.saving": "Saving…",
  "home.companies.empty": "No open cases. Everything you were chasing is resolved.",
  "home.companies.more": "See all cases at {company}",
  "home.companies.title": "Open cases by company",
  "home.companies.total.one": "{count} open case",
  "home.companies.total.other": "{count} open cases",
  "home.dueSoon.empty": "Nothing is due in the next 7 days.",
  "home.dueSoon.title": "Due in the next 7 days",
  "home.empty.add": "Add the company",
  "home.empty.body": "Casebook keeps one case file per problem, grouped by the company you are dealing with. Add that company first: the shop, your internet provider, the client who has not paid. Then open a case for the problem and log every contact.",
  "home.empty.title": "Start with the company",
  "home.overdue.empty": "Nothing is overdue.",
  "home.overdue.title": "Overdue",
  "home.seeAll": "See all {total} overdue",
  "home.shown": "Showing {shown} of {total}",
  "home.title": "Home",
  "ics.agent": "Agent: {agent}",
  "ics.agentId": "Agent ID: {code}",
  "ics.agentWithId": "Agent: {agent} (ID {code})",
  "ics.case": "Case: {case}",
  "ics.company": "Company: {company}",
  "ics.deadline": "Deadline, {company}: {what}",
  "ics.followUp": "Follow up with {company}: {what}",
  "ics.promise": "{company} promised: {what}",
  "ics.reference": "Reference: {reference}",
  "ladder.aLetter": "a letter",
  "ladder.current": "Where it stands",
  "ladder.go": "Take it to: {level}",
  "ladder.moved": "The case is now at: {level}",
  "ladder.next.complaints": "write to the complaints department",
  "ladder.next.executive": "write to the executive office",
  "ladder.next.leaving": "take your money elsewhere: switch, charge back or go to small claims",
  "ladder.next.public": "say it in public: reviews and social media",
  "ladder.next.regulator": "take it to the regulator or ombudsman",
  "ladder.next.supervisor": "ask for a supervisor, or write to the complaints department",
  "ladder.stepBack": "Move it back to: {level}",
  "ladder.suggest": "{why}: {next}.",
  "ladder.switch": "{channel} {count} times without a kept promise: try another way, like {others}.",
  "ladder.title": "Escalation",
  "ladder.wait": "Nothing suggests going higher yet: hold them to their dates.",
  "ladder.why.broken.one": "{count} promise broken",
  "ladder.why.broken.other": "{count} promises broken",
  "ladder.why.contacts.one": "{count} contact in {days} days",
  "ladder.why.contacts.other": "{count} contacts in {days} days",
  "lang.en": "English",
  "lang.ko": "한국어",
  "lang.label": "Language",
  "letter.confirmation.subject": "As discussed: {title}",
  "letter.contacts.one": "I have been in touch once, on {first}",
  "letter.contacts.other": "I have been in touch {count} times since {first}",
  "letter.date": "{day} {month} {year}",
  "letter.kind.complaint": "Formal complaint",
  "letter.kind.confirmation": "Confirm the last contact in writing",
  "letter.kind.escalate": "Ask for a supervisor or the complaints department",
  "letter.kind.executive": "Letter to the executive office",
  "letter.kind.referral": "Summary for the regulator or ombudsman",
  "letter.noContact": "There is no contact in this case to confirm yet.",
  "letter.times.one": "once",
  "letter.times.other": "{count} times",
  "letters.attach": "Add to the dossier",
  "letters.attached": "Kept with the case's evidence as {name}: the dossier lists it.",
  "letters.copied": "Copied",
  "letters.copy": "Copy",
  "letters.hint": "Letters filled in from this case, to copy into an email or print. Casebook never sends anything; edit the text as you like before sending.",
  "letters.kind": "Letter",
  "letters.language": "Language",
  "letters.own": "Your own template is used: {path}",
  "letters.save": "Save as text",
  "letters.saved": "Saved as {path}",
  "letters.show": "Write it",
  "letters.title": "Letters",
  "list.showMore": "Show {count} more",
  "list.shown": "{shown} of {total} shown",
  "log.agent": "Who you spoke to",
  "log.agentHint": "Ask for their name and ID, and use their name.",
  "log.check.names": "Their name and ID",
  "log.check.next": "The next step",
  "log.check.promise": "What was promised, and by when",
  "log.check.reference": "The reference number",
  "log.checklist": "Before you hang up, read back:",
  "log.dateHint": "Like 2026-11-30 17:00",
  "log.duration": "Duration (minutes)",
  "log.hold": "On hold (minutes)",
  "log.knownAgent": "Someone you spoke to before",
  "log.knownAgentPick": "Choose to fill in their name, ID and team",
  "log.pendingFiles": "Attached to this contact when you save it:",
  "log.pendingRemove": "Do not attach {name}",
  "log.promise": "What they promised",
  "log.promiseBy": "Who promised",
  "log.promiseDue": "By when",
  "log.promiseHint": "A refund, a callback, a visit. Ask for a date.",
  "log.save": "Save contact",
  "log.saved": "Contact saved.",
  "log.title": "Log a contact",
  "month.1": "Jan",
  "month.10": "Oct",
  "month.11": "Nov",
  "month.12": "Dec",
  "month.2": "Feb",
  "month.3": "Mar",
  "month.4": "Apr",
  "month.5": "May",
  "month.6": "Jun",
  "month.7": "Jul",
  "month.8": "Aug",
  "month.9": "Sep",
  "nav.companies": "Companies",
  "nav.home": "Home",
  "nav.label": "Main",
  "nav.overdue": "{count} overdue",
  "nav.record": "Record",
  "nav.settings": "Settings",
  "notice.agentId": "ID {code}",
  "notice.clock.soon": "{rule} falls on {when}. {what}",
  "notice.clock.today": "{rule} falls today, {when}. {what}",
  "notice.date": "{day} {month}",
  "notice.deadline": "Tomorrow: {what} ({when})",
  "notice.followUp": "Follow up: {what} ({when})",
  "notice.mine.late": "Your promise is late: {what} was due {when}",
  "notice.mine.soon": "You promised {what} by {when}",
  "notice.open": "Open",
  "notice.promise": "{what} was promised for {when}",
  "notice.promise.by": "{what} promised by {who} was due {when}",
  "notice.reference": "ref {reference}",
  "notice.summary.body": "From {companies}. Open Casebook to follow up.",
  "notice.summary.more": "{companies} and {count} more",
  "notice.summary.promises": "{count} promises are overdue",
  "notice.summary.reminders": "{count} reminders are due",
  "notice.title": "{company} · {case}",
  "notify.checkTitle": "Reminders cannot be checked: your data could not be read.",
  "notify.openHome": "Go to the home screen",
  "notify.problem": "The system said: {problem}",
  "notify.stillListed": "Casebook keeps checking: overdue promises and follow-ups are still listed on the home screen.",
  "notify.title": "Desktop notifications cannot be shown on this computer.",
  "outcome.gave_up": "Gave up",
  "outcome.got_it": "Got what I asked for",
  "outcome.partial": "Partly",
  "outcome.switched": "Switched provider",
  "overdue.count": "{shown} of {total} shown",
  "overdue.intro": "Oldest first, grouped by case. Open a case to deal with it, or have it remind you again later.",
  "overdue.more": "Show more",
  "overdue.title": "Everything overdue",
  "prep.add": "Add it",
  "prep.addFor": "Add: {item}",
  "prep.broken.one": "{count} broken promise",
  "prep.broken.other": "{count} broken promises",
  "prep.check.identifiers": "Your account, order or serial number",
  "prep.check.outcome": "What you want, in one sentence",
  "prep.check.phone": "Their phone number",
  "prep.check.problem": "The problem, in your own words",
  "prep.checklist": "Have at hand",
  "prep.contactUs": "Reach them",
  "prep.copied": "Copied",
  "prep.copy": "Copy",
  "prep.copyFor": "Copy {label}",
  "prep.identifiers": "They will ask for",
  "prep.last": "Last contact",
  "prep.lastPromise": "Last promise",
  "prep.missing": "Missing",
  "prep.outcome": "Say it the same way every time",
  "prep.problem": "The problem, in your words",
  "prep.ready": "Ready",
  "prep.resumeCall": "Go on with the call started {time}",
  "prep.startCall": "Start call",
  "prep.title": "Before you call",
  "prep.tried.none": "No contact logged yet: this is the first.",
  "prep.tried.one": "Already tried: {count} contact",
  "prep.tried.other": "Already tried: {count} contacts",
  "promiseSide.me": "I did",
  "promiseSide.them": "They did",
  "promiseStatus.broken": "Broken",
  "promiseStatus.kept": "Kept",
  "promiseStatus.pending": "Pending",
  "promiseStatus.withdrawn": "Withdrawn",
  "record.activity": "The last 12 months",
  "record.activityEmpty": "No contacts in the last 12 months yet. Log a contact and this chart fills in month by month.",
  "record.activityHint": "Month by month: the contacts you logged, their promises that fell due, and how many of those they broke. Each bar has its number.",
  "record.amount": "Recovered",
  "record.broken": "Broken",
  "record.brokenIn": "Of those, broken",
  "record.cases": "Cases",
  "record.company": "Company",
  "record.contacts": "Contacts",
  "record.empty": "No companies yet. Add a company and log what it promises; this page then compares them.",
  "record.hint": "Every company side by side, from your own case files: the worst promise-keepers first. Click a column to sort by it.",
  "record.hold": "Minutes on hold",
  "record.kept": "Kept",
  "record.late": "Days late (median)",
  "record.legend": "Broken rate: broken promises out of those kept or broken. Days late: how late their promises kept late were, the median.",
  "record.made": "Their promises due",
  "record.month": "Month",
  "record.perCase": "Contacts a case",
  "record.promises": "Their promises",
  "record.rate": "Broken rate",
  "record.recovered": "Money recovered by year",
  "record.recoveredEmpty": "Nothing recovered yet. When you resolve a case, enter the amount that came back; it adds up here by year.",
  "record.recoveredHint": "What came back in cases you resolved, per currency, by the year they ended.",
  "record.sortBy": "Sort by {column}",
  "record.title": "Who keeps their word",
  "record.year": "Year",
  "recordKind.case": "Case",
  "recordKind.company": "Company",
  "recordKind.follow_up": "Follow-up",
  "recordKind.interaction": "Contact",
  "recordKind.promise": "Promise",
  "ref.label": "Ref {reference}",
  "resolve.confirm": "Resolve case",
  "resolve.hint": "A resolved case sends no reminders. You can reopen it later.",
  "resolve.note": "Note",
  "resolve.outcome": "Outcome",
  "resolve.recovered": "Amount recovered (optional)",
  "resolve.recoveredHint": "What came back, in {currency}, the case's currency. It counts on the company's record.",
  "resolve.recoveredHintNone": "What came back, with its currency, like \u002420 or 30,000원. It counts on the company's record.",
  "resolve.stops.one": "Resolving stops this reminding you:",
  "resolve.stops.other": "Resolving stops these {count} reminding you:",
  "resolve.title": "Resolve this case",
  "rule.before_contact": "This is before the contact that made the promise: check the date",
  "rule.contact.incomplete": "Write something about the contact: the agent, a reference number, notes or a promise",
  "rule.duplicate": "{field} is already used",
  "rule.email": "Write each email address like help@example.com",
  "rule.empty": "{field} must not be empty",
  "rule.far_away": "This is years away from today: check the year",
  "rule.future": "This is in the future: check the date",
  "rule.incomplete": "{field} is incomplete",
  "rule.labelled.incomplete": "Each row needs both a label and a value",
  "rule.minutes.not_a_number": "{field} is not a number of minutes (digits only, like 15)",
  "rule.money.incomplete": "Give both an amount and a currency, or neither",
  "rule.name.duplicate": "A company with this name already exists",
  "rule.negative": "{field} must not be negative",
  "rule.not_a_date": "{field} is not a date: write it like 2026-11-30 or 2026-11-30 17:00",
  "rule.not_a_number": "{field} is not a number",
  "rule.not_allowed": "{field} is not one of the allowed values",
  "rule.occurred_at.empty": "Enter when the contact happened, like 2026-11-30 17:00",
  "rule.out_of_range": "{field} must be a date between the years {first} and {last}",
  "rule.past": "{field} has already passed: give a later time",
  "rule.recovered.currency": "Give the amount recovered in the case's currency",
  "rule.recovered.incomplete": "Write the amount recovered with its currency, like \u002420 or 30,000원: this case names no amount",
  "rule.time.not_a_date": "{field} must be a time of day like 09:00 or 18:30",
  "rule.too_long": "{field} is too long (at most {limit} characters)",
  "rule.too_precise": "{field} has too many decimal places for its currency (at most {limit})",
  "rule.too_precise.whole": "{field} must be a whole number in this currency",
  "rule.unknown_currency": "{field} must be a currency code like KRW, USD or EUR",
  "rule.url": "{field} must be a web address like https://example.com",
  "score.agentLine": "{name}: promises made {made}, kept {kept}",
  "score.agents": "Their agents",
  "score.brokenRate": "Broken: {rate} of those kept or broken",
  "score.channels": "By channel",
  "score.contacts": "Cases: {cases} · contacts: {contacts} · {perCase} a case",
  "score.contactsTitle": "Contacts",
  "score.empty": "Nothing logged with them yet. Log a contact or a promise, and their record builds up here.",
  "score.hint": "From your own case files: how often they kept their word, how many contacts a case took, how long you waited.",
  "score.hold": "{total} minutes on hold in all ({median} a contact, median)",
  "score.late": "Kept late by {days} days (median)",
  "score.money": "Money",
  "score.moneyLine": "{stake} at stake in open cases · {recovered} recovered · {givenUp} given up",
  "score.myPromises": "My promises",
  "score.outcome": "{outcome}: {count}",
  "score.outcomes": "How cases ended",
  "score.promiseLine": "{made} made · {kept} kept · {broken} broken · {withdrawn} withdrawn · {pending} pending",
  "score.resolve": "{days} days to resolve a case (median)",
  "score.theirPromises": "Their promises",
  "score.title": "Their record",
  "search.label": "Search cases",
  "search.none": "No case holds that text. Three letters are enough.",
  "search.placeholder": "Search: a reference, an agent, a word",
  "search.results.one": "{count} case found",
  "search.results.other": "{count} cases found",
  "search.shortcut": "Ctrl+K or /",
  "sector.credit_card": "Credit card",
  "sector.credit_report": "Credit report",
  "sector.debit_card": "Debit card and transfers",
  "sector.doorstep": "Doorstep sale",
  "sector.energy": "Energy",
  "sector.financial": "Banking, loans, insurance",
  "sector.goods": "Goods bought in a shop",
  "sector.online_shopping": "Online or mail-order purchase",
  "sector.payments": "Payment services and e-money",
  "sector.services": "Other services",
  "sector.telecom": "Phone, mobile, internet, TV",
  "settings.autostart": "Start Casebook when I log in",
  "settings.autostart.off": "Casebook will not start when you log in.",
  "settings.autostart.on": "Casebook will start when you log in.",
  "settings.holidays.hint": "“Within 3 business days” skips weekends and the public holidays of this country.",
  "settings.holidays.saved": "Saved. Business days now skip the holidays of {country}.",
  "settings.holidays.title": "Business days",
  "settings.language.title": "Language",
  "settings.reminderTime.hint": "A promise or follow-up due on a date with no time reminds you at this time on the day after it; a deadline with no time warns you at this time on the day before. Write it as HH:MM, like 09:00.",
  "settings.reminderTime.saved": "Saved. Dates without a time now remind you at {time}.",
  "settings.reminders.title": "Reminders",
  "settings.startup.title": "Starting and closing",
  "settings.title": "Settings",
  "settings.window": "Closing the window keeps Casebook running in the tray so reminders still arrive; use Quit in the tray menu to stop it.",
  "settings.yourName.hint": "Printed on your dossiers as the person who prepared them. Leave it blank to leave it off.",
  "settings.yourName.saved": "Saved.",
  "snooze.again": "Remind me again:",
  "snooze.confirm": "Remind me then",
  "snooze.done": "We’ll remind you again at {time} about “{what}”. It stays under Overdue until you deal with it.",
  "snooze.hour": "In 1 hour",
  "snooze.label": "Remind me again about “{what}”",
  "snooze.menu": "Remind again…",
  "snooze.next": "Reminds you again {time}",
  "snooze.notADate": "Write a day, or a day and time, like 2026-11-30 or 2026-11-30 09:00",
  "snooze.past": "Pick a time that has not passed yet",
  "snooze.pick": "Pick…",
  "snooze.tomorrow": "Tomorrow {time}",
  "snooze.until": "Remind me again at",
  "snooze.untilHint": "Like 2026-11-30 or 2026-11-30 09:00. A day alone means {time} that day.",
  "startEvent.complaint": "Your first complaint",
  "startEvent.decision": "Their decision reached you",
  "startEvent.delivered": "Delivery",
  "startEvent.final_response": "Their final response",
  "startEvent.noticed": "You found the problem",
  "startEvent.purchased": "Purchase or payment",
  "startEvent.referred": "Referred to the regulator or ombudsman",
  "startEvent.refund_agreed": "Refund agreed or goods returned",
  "startEvent.statement": "The statement showing the error",
  "status.open": "Open",
  "status.resolved": "Resolved",
  "timeline.agent": "Agent",
  "timeline.broken": "Mark broken",
  "timeline.doneAt": "Done {date}",
  "timeline.due": "Due {date}",
  "timeline.dueMoved": "Due date moved from {old} on {date}",
  "timeline.duration": "{minutes} min",
  "timeline.empty": "Nothing logged yet. Log each call, chat, email or visit as it happens, with the agent and the reference number.",
  "timeline.escalated": "Taken from {from} to {to}",
  "timeline.followUpDone": "Done",
  "timeline.hold": "{minutes} min on hold",
  "timeline.kept": "Mark kept",
  "timeline.markFor": "{action}: {what}",
  "timeline.newestFirst": "Newest first",
  "timeline.oldestFirst": "Oldest first",
  "timeline.order": "Order",
  "timeline.promise.me": "You promised",
  "timeline.promise.them": "They promised",
  "timeline.promisedBy": "Promised by {agent}",
  "timeline.reference": "Ref",
  "timeline.statusAt": "{status} on {date}",
  "timeline.summary": "Read back",
  "timeline.title": "Timeline",
  "timeline.undo": "Undo",
  "timeline.withdrawn": "Mark withdrawn",
  "trash.empty": "Nothing was deleted in the last {days} days. When you delete a company, case, contact, promise or follow-up, it waits here so you can bring it back.",
  "trash.emptyAll": "Empty now",
  "trash.emptyQuestion": "Remove everything in Recently deleted for good? This cannot be undone.",
  "trash.hint": "What you delete waits here for {days} days, then is removed for good.",
  "trash.item": "{entity} · {company} · deleted {deleted} · kept until {until}",
  "trash.restore": "Restore",
  "trash.restoreFor": "Restore {label}",
  "trash.restored": "“{label}” is back.",
  "trash.title": "Recently deleted",
  "trash.with": "With {items}",
  "tray.nothingOverdue": "Nothing overdue",
  "tray.open": "Open Casebook",
  "tray.quit": "Quit",
  "tray.tooltip": "Casebook — {status}",
  "tray.unknown": "Reminders cannot be checked: open Casebook",
  "undo.button": "Undo",
  "undo.deleted": "Deleted {entity} “{label}”.",
  "weekday.1": "Mon",
  "weekday.2": "Tue",
  "weekday.3": "Wed",
  "weekday.4": "Thu",
  "weekday.5": "Fri",
  "weekday.6": "Sat",
  "weekday.7": "Sun"
}`,
  ko: String.raw`{
  "about.folder": "데이터는 이 컴퓨터의 이 폴더에만 보관됩니다: 데이터베이스, 백업, 내보낸 파일, 첨부 파일.",
  "about.licence": "Casebook은 {licence} 라이선스의 자유 소프트웨어입니다. 사건 문서의 나눔고딕 글꼴은 {font}를 따릅니다.",
  "about.open": "데이터 폴더 열기",
  "about.private": "Casebook은 인터넷에 연결하지 않습니다.",
  "about.title": "Casebook 정보",
  "about.version": "버전 {version}",
  "agent.nameCode": "{name} (ID {code})",
  "agent.nameCodeDept": "{name} (ID {code}, {department})",
  "agent.nameDept": "{name} ({department})",
  "agents.empty": "아직 상담원이 없습니다. 연락을 기록할 때 이름이나 ID를 적으면 추가됩니다.",
  "agents.merge": "합치기",
  "agents.mergeQuestion": "{other|을/를} {keep}에 합칠까요? {other}의 연락 기록과 약속이 모두 {keep}의 것으로 바뀝니다.",
  "agents.merged": "{name}에 합쳤습니다.",
  "agents.renamed": "저장됨: {name}.",
  "agents.sameAs": "같은 사람",
  "agents.sameAsFor": "{name}과(와) 같은 사람",
  "agents.title": "통화한 상담원",
  "app.name": "Casebook",
  "attachments.added.one": "파일 {count}개를 첨부했습니다.",
  "attachments.added.other": "파일 {count}개를 첨부했습니다.",
  "attachments.chip": "첨부",
  "attachments.choose": "파일 첨부…",
  "attachments.dropHere": "파일을 놓으면 이 사건에 첨부됩니다",
  "attachments.hint": "영수증, 사진, 스크린샷, 녹음, 편지를 첨부하세요. 이 사건 화면 어디에든 파일을 끌어다 놓거나, 스크린샷을 붙여 넣거나, 파일을 고르면 됩니다. 파일은 Casebook 안에 복사되므로 원본을 옮겨도 사건에 남습니다.",
  "attachments.keep": "그대로 두기",
  "attachments.missing": "파일 없음",
  "attachments.open": "열기",
  "attachments.pasted": "스크린샷 {date}.png",
  "attachments.remove": "삭제",
  "attachments.removeFor": "{name} 삭제",
  "attachments.removeQuestion": "이 사건에서 {name|을/를} 삭제할까요? Casebook이 보관한 사본은 다른 곳에서 쓰지 않으면 지워집니다.",
  "attachments.removeYes": "삭제",
  "attachments.showFull": "{name} 크게 보기",
  "attachments.title": "증거 자료",
  "backups.empty": "아직 백업이 없습니다. 오늘 첫 백업이 만들어지며, 지금 백업을 누르면 바로 만듭니다.",
  "backups.hint": "Casebook은 실행되는 동안 하루에 한 번, 그리고 업데이트로 데이터가 바뀌기 전에 데이터 옆 backups 폴더에 사본을 만듭니다. 최근 7일과 최근 4주의 사본을 남깁니다.",
  "backups.made": "백업했습니다 ({size}).",
  "backups.now": "지금 백업",
  "backups.restore": "복원",
  "backups.restoreFor": "{date} 백업 복원",
  "backups.restoreNo": "지금 데이터 유지",
  "backups.restoreQuestion": "모든 데이터를 {date} 백업으로 바꿀까요? 지금 데이터는 먼저 따로 보관되며, 되돌리기로 다시 가져올 수 있습니다.",
  "backups.restoreYes": "복원",
  "backups.restored.one": "{date} 백업을 복원했습니다: 사건 {count}건.",
  "backups.restored.other": "{date} 백업을 복원했습니다: 사건 {count}건.",
  "backups.row.one": "사건 {count}건 · {size}",
  "backups.row.other": "사건 {count}건 · {size}",
  "backups.title": "백업",
  "backups.undo": "복원 되돌리기",
  "backups.undone": "복원 전 데이터로 돌아왔습니다.",
  "call.agent": "상담원 이름",
  "call.agentCode": "상담원 ID",
  "call.back": "사건으로 돌아가기",
  "call.confirm.copied": "복사했습니다",
  "call.confirm.copy": "메시지 복사",
  "call.confirm.hint": "이 내용을 이메일이나 채팅으로 회사에 보내 두면 회사 기록에도 합의가 남습니다.",
  "call.confirm.title": "서면으로 확인받기",
  "call.department": "부서",
  "call.discard": "통화 기록 버리기",
  "call.discardQuestion": "이 통화와 기록한 내용을 모두 버릴까요?",
  "call.draftKept": "입력하는 대로 저장됩니다. 프로그램이 꺼져도 마지막 몇 초만 잃습니다.",
  "call.due": "기한",
  "call.dueHint": "예: 2026-11-30, 2026-11-30 17:00, 3일 후, 영업일 기준 3일",
  "call.dueReads": "{day}입니다.",
  "call.end": "통화 종료",
  "call.hold": "대기 중",
  "call.holdHint": "입력 중이 아닐 때 스페이스나 H를 누르면 대기를 켜고 끕니다.",
  "call.holdTime": "대기",
  "call.ifNotDone": "이행되지 않으면 어떻게 되는지",
  "call.notes": "메모",
  "call.promise": "약속한 내용",
  "call.readBack.agent_id": "상담원 ID",
  "call.readBack.agent_name": "상담원 이름",
  "call.readBack.due": "기한",
  "call.readBack.hint": "한 줄씩 상담원에게 읽어 주고 맞는지 확인받으세요. 빠진 항목은 지금 물어볼 수 있고, 없어도 저장할 수 있습니다.",
  "call.readBack.if_not_done": "이행되지 않으면 어떻게 되는지",
  "call.readBack.lasted": "통화 시간 {time}, 그중 대기 {hold}.",
  "call.readBack.missing": "없음",
  "call.readBack.promise": "정확히 무엇을 약속했는지",
  "call.readBack.reference": "접수번호",
  "call.readBack.title": "끊기 전에 다시 읽어 확인하세요",
  "call.reference": "접수번호",
  "call.resume": "통화로 돌아가기",
  "call.resumed": "{time}에 시작한 통화를 이어서 기록합니다.",
  "call.save": "통화 저장",
  "call.saved": "통화를 저장했습니다.",
  "call.say": "매번 같은 말로 요청하세요",
  "call.startOver": "새 통화로 시작",
  "call.timer": "통화 시간",
  "call.title": "통화 중",
  "case.backHome": "홈으로 돌아가기",
  "case.closeLog": "양식 닫기",
  "case.company": "회사",
  "case.company.client": "고객",
  "case.description": "문제",
  "case.desired": "원하는 결과",
  "case.edit": "사건 수정",
  "case.escalation": "대응 단계",
  "case.logButton": "연락 기록하기",
  "case.logDraft": "쓰던 연락 기록 이어서 쓰기",
  "case.logShortcut": "단축키: N",
  "case.missing": "이 사건이 없거나 삭제되었습니다.",
  "case.missingHint": "삭제한 사건은 설정의 최근 삭제 항목에 {days}일 동안 남아 있습니다.",
  "case.money": "걸린 금액",
  "case.noDesired": "원하는 결과가 아직 없습니다. 사건을 수정해 원하는 것을 적으세요.",
  "case.opened": "{date} 시작",
  "case.recovered": "돌려받은 금액",
  "case.reopen": "사건 다시 열기",
  "case.reopened": "사건을 다시 열었습니다. 알림이 다시 옵니다.",
  "case.resolutionNote": "해결 내용",
  "case.resolve": "해결로 표시",
  "case.resolved": "사건을 해결로 표시했습니다. 더 이상 알림이 오지 않습니다.",
  "case.resolvedOn": "{date} 해결",
  "case.resolvedReadOnly": "해결된 사건이라 알림을 보내지 않습니다. 더 기록하려면 사건을 다시 여세요.",
  "case.resolvedWith": "해결됨: {outcome}",
  "caseForm.desiredHint": "원하는 것을 매번 같은 말로 적으세요.",
  "caseForm.editTitle": "사건 수정",
  "caseForm.identifierAdd": "식별 정보 추가",
  "caseForm.identifierLabel": "항목",
  "caseForm.identifierLabelPlaceholder": "주문번호",
  "caseForm.identifierValue": "값",
  "caseForm.identifiers": "회사가 물어볼 식별 정보",
  "caseForm.identifiersHint": "주문번호, 모델명, 일련번호, 거래번호 등.",
  "caseForm.money": "걸린 금액",
  "caseForm.openTitle": "사건 열기",
  "caseForm.openedHint": "비워 두면 오늘입니다. 문제가 더 일찍 시작됐다면 그날을 입력하세요. 예: 2026.9.14",
  "caseForm.titleHint": "문제를 짧게 적으세요. 예: “취소한 주문 환불”.",
  "caseRow.lastContact": "마지막 연락 {date}",
  "caseRow.nextDue": "다음 기한 {date}",
  "caseRow.noContact": "기록된 연락 없음",
  "caseRow.overdueSince": "{date}부터 기한 지남",
  "caseRow.pending.one": "대기 중인 약속 {count}건",
  "caseRow.pending.other": "대기 중인 약속 {count}건",
  "channel.chat": "채팅",
  "channel.email": "이메일",
  "channel.in_person": "방문",
  "channel.letter": "우편",
  "channel.phone": "전화",
  "channel.sms": "문자",
  "channel.social": "소셜 미디어",
  "channel.web": "웹 양식",
  "cli.agent.merged": "상담원 #{id}에 합침: {name}",
  "cli.agent.renamed": "상담원 #{id}: 이제 {name}",
  "cli.attached": "{name|을/를} 사건 {case}에 첨부했습니다 (SHA-256 {sha256})",
  "cli.backup.made": "{path}에 백업했습니다 ({size})",
  "cli.backup.none": "아직 백업이 없습니다. 만들려면: casebook backup now",
  "cli.backup.restored": "{file}에서 복원했습니다 (사건 {cases}건). 복원 전 데이터는 {aside}에 있습니다. 되돌리려면 그 파일을 복원하세요.",
  "cli.case.atStake": "금액: {money}",
  "cli.case.empty": "기록이 없습니다.",
  "cli.case.escalated": "사건 #{id}의 대응 단계: {level}",
  "cli.case.opened": "사건 #{id} 열림: {title} ({company})",
  "cli.case.reopened": "사건 #{id} 다시 열림: {title}",
  "cli.case.resolved": "사건 #{id} 해결됨: {title}",
  "cli.case.status": "상태: {status}",
  "cli.case.wanted": "원하는 결과: {want}",
  "cli.cases.none": "사건이 없습니다.",
  "cli.changed": "{entity} #{id} 변경 저장됨",
  "cli.clocks.needsDate": "시작일 필요",
  "cli.clocks.unset": "먼저 사건의 나라와 분야를 정하세요. 예: casebook case clocks ID --country KR --sector online_shopping",
  "cli.col.agent": "상담원",
  "cli.col.atStake": "금액",
  "cli.col.case": "사건",
  "cli.col.cases": "전체",
  "cli.col.company": "회사",
  "cli.col.deleted": "삭제",
  "cli.col.due": "기한",
  "cli.col.id": "ID",
  "cli.col.kind": "종류",
  "cli.col.name": "이름",
  "cli.col.nextDue": "다음 기한",
  "cli.col.open": "진행 중",
  "cli.col.promise": "약속",
  "cli.col.rule": "규정",
  "cli.col.started": "시작일",
  "cli.col.startsWhen": "시작 기준",
  "cli.col.status": "상태",
  "cli.col.then": "그다음",
  "cli.col.title": "제목",
  "cli.col.until": "보관 기한",
  "cli.col.what": "내용",
  "cli.companies.none": "아직 회사가 없습니다. 추가하려면: casebook company add 이름",
  "cli.company.added": "회사 #{id} 추가됨: {name}",
  "cli.company.noCases": "사건이 없습니다.",
  "cli.count.cases.one": "사건 {count}건",
  "cli.count.cases.other": "사건 {count}건",
  "cli.count.companies.one": "회사 {count}곳",
  "cli.count.companies.other": "회사 {count}곳",
  "cli.count.events.one": "일정 {count}건",
  "cli.count.events.other": "일정 {count}건",
  "cli.count.files.one": "첨부 파일 {count}개",
  "cli.count.files.other": "첨부 파일 {count}개",
  "cli.count.followUps.one": "후속 확인 {count}건",
  "cli.count.followUps.other": "후속 확인 {count}건",
  "cli.count.interactions.one": "연락 {count}건",
  "cli.count.interactions.other": "연락 {count}건",
  "cli.count.promises.one": "약속 {count}건",
  "cli.count.promises.other": "약속 {count}건",
  "cli.deleted": "{entity} “{label}” 삭제됨{with}. {days}일 안에 되살리려면: casebook trash restore {id}",
  "cli.deleted.with": " ({items} 포함)",
  "cli.dossier": "사건 {id}의 기록을 {file}에 썼습니다",
  "cli.exported": "{file|으로/로} 내보냈습니다 ({companies}, {cases})",
  "cli.exportedArchive": "{file|으로/로} 내보냈습니다 ({cases}, {files})",
  "cli.exportedCalendar": "{file}에 {events}을 썼습니다. 캘린더 앱에서 열면 추가됩니다",
  "cli.exportedSpreadsheet": "{folder}에 cases.csv, interactions.csv, promises.csv를 썼습니다 ({cases}, {interactions}, {promises})",
  "cli.followUp.defaultNote": "다시 확인",
  "cli.followUp.set": "후속 확인 #{id} 설정됨: {note} (기한 {due})",
  "cli.holidays": "영업일은 주말과 {country}의 공휴일을 빼고 셉니다. 고를 수 있는 나라: {all}",
  "cli.imported": "가져왔습니다: {companies}, {cases}, {interactions}",
  "cli.logged": "연락 #{id} 기록됨",
  "cli.notFound.hint": "이름 목록 보기: casebook {command} list",
  "cli.overdue": "기한 지남",
  "cli.promise": "약속 #{id}: {what} (기한 {due})",
  "cli.promise.status": "약속 #{id}: {what} — {status}",
  "cli.promises.none": "기다리는 약속이 없습니다.",
  "cli.report.agent": "{name}: 약속 {made}건, 지킴 {kept}건",
  "cli.report.byYear": "해마다 돌려받은 금액",
  "cli.report.contacts": "사건 {cases}건, 연락 {contacts}회 (사건당 {perCase}회); 대기 {hold}분 (중앙값 {holdMedian}분); 해결까지 중앙값 {resolve}일",
  "cli.report.empty": "아직 회사가 없습니다. casebook company add 이름 으로 추가하세요",
  "cli.report.mine": "내 약속: {made}건 중 지킴 {kept}, 어김 {broken}",
  "cli.report.money": "{currency}: 진행 중인 사건의 금액 {stake}, 돌려받은 금액 {recovered}, 포기한 금액 {givenUp}",
  "cli.report.theirs": "상대의 약속: {made}건 중 지킴 {kept}, 어김 {broken}, 철회 {withdrawn}, 대기 {pending}; 어긴 비율 {rate}; 늦게 지킨 날수 중앙값 {late}일",
  "cli.restored": "{entity} #{id} 되살림",
  "cli.search.hit": "#{id} {title} ({company}, {status})",
  "cli.search.none": "그 글자가 들어 있는 사건이 없습니다. 더 짧게 찾아 보세요. 세 글자면 충분합니다.",
  "cli.timeline.attachment": "첨부 #{id}: {name}",
  "cli.timeline.followUp": "후속 확인 #{id}: {note}, 기한 {due}",
  "cli.timeline.myPromise": "내 약속 #{id} ({status}): {what}, 기한 {due}",
  "cli.timeline.promise": "약속 #{id} ({status}): {what}, 기한 {due}",
  "cli.trash.emptied.one": "최근 삭제한 항목을 비웠습니다: {count}건 완전히 삭제됨",
  "cli.trash.emptied.other": "최근 삭제한 항목을 비웠습니다: {count}건 완전히 삭제됨",
  "cli.trash.none": "최근 {days}일 동안 삭제한 항목이 없습니다.",
  "clocks.checkRules": "{date} 기준 규정표로 계산한 날짜입니다. 규정은 바뀔 수 있으니 날짜를 믿기 전에 출처에서 현재 규정을 확인하세요.",
  "clocks.countedFrom": "기준: {event}, {date}",
  "clocks.country": "나라",
  "clocks.dayOf": "{event} 날짜",
  "clocks.empty": "나라와 업종을 고르면 이 사건에 중요한 날짜를 계산해 드립니다.",
  "clocks.hint": "규제기관과 법은 회사가 민원에 답해야 하는 기간과, 내가 다음 단계로 갈 수 있는 기간을 정해 둡니다. 이 사건의 나라와 업종을 고르세요.",
  "clocks.needsStart": "기준: {event}. 그날을 입력하면 날짜가 나옵니다.",
  "clocks.none": "규정표에 이 나라와 업종의 기한이 없습니다.",
  "clocks.pick": "선택…",
  "clocks.remind": "내 기한에 추가",
  "clocks.remindFor": "{rule}: 내 기한에 추가",
  "clocks.reminding": "홈 화면의 기한에 추가했습니다. 하루 전에도 알려 드립니다.",
  "clocks.reminds.one": "사건이 진행 중이면 각 날짜 {count}일 전과 당일에 알려 드립니다. 창을 닫아 두어도 알립니다.",
  "clocks.reminds.other": "사건이 진행 중이면 각 날짜 {count}일 전과 당일에 알려 드립니다. 창을 닫아 두어도 알립니다.",
  "clocks.secondary": "규정 원문이 아닌 요약에서 읽은 내용입니다.",
  "clocks.sector": "업종",
  "clocks.setDay": "날짜 저장",
  "clocks.source": "출처: {source}",
  "clocks.title": "기한",
  "common.dismiss": "닫기",
  "common.loading": "불러오는 중…",
  "companies.add": "회사 추가",
  "companies.counts": "진행 중 {open} · 전체 {all}",
  "companies.empty": "아직 회사가 없습니다. 상대하고 있는 회사(쇼핑몰, 통신사, 거래처 등)를 추가하세요.",
  "companies.title": "회사",
  "company.back": "회사 목록",
  "company.cases": "사건",
  "company.casesEmpty": "이 회사와의 사건이 아직 없습니다. 해결하려는 문제에 대해 사건을 여세요.",
  "company.casesEmpty.client": "이 고객과의 사건이 아직 없습니다. 미지급 청구서나 약속한 수정처럼 함께 정리할 일에 대해 사건을 여세요.",
  "company.clientBadge": "고객",
  "company.contact": "연락 방법",
  "company.edit": "회사 정보 수정",
  "company.edit.client": "고객 정보 수정",
  "company.noContact": "연락처가 아직 없습니다. 회사 정보를 수정해 전화번호와 페이지를 추가하세요.",
  "company.noContact.client": "연락처가 아직 없습니다. 고객 정보를 수정해 전화번호와 페이지를 추가하세요.",
  "company.openCase": "사건 열기",
  "company.showResolved.one": "해결된 사건 {count}건 보기",
  "company.showResolved.other": "해결된 사건 {count}건 보기",
  "companyForm.accountAdd": "식별 정보 추가",
  "companyForm.accountLabel": "항목",
  "companyForm.accountLabelPlaceholder": "고객번호",
  "companyForm.accountValue": "값",
  "companyForm.accounts": "이 회사에서 쓰는 내 계정 식별 정보",
  "companyForm.accountsHint": "회사가 나를 찾을 때 묻는 정보: 고객번호, 계약번호, 회원 ID 등.",
  "companyForm.addTitle": "회사 추가",
  "companyForm.client": "내가 일해 주는 고객입니다",
  "companyForm.clientHint": "프리랜서나 판매자라면 표시하세요. 화면에 ‘회사’ 대신 ‘고객’으로 나옵니다.",
  "companyForm.country": "기한을 따질 나라",
  "companyForm.countryHint": "이 회사에 적용되는 나라와 업종입니다. 사건마다 규제기관과 법이 정한 기한을 보여 주며, 사건별로 따로 정할 수도 있습니다.",
  "companyForm.editTitle": "회사 정보 수정",
  "companyForm.editTitle.client": "고객 정보 수정",
  "companyForm.onePerLine": "한 줄에 하나씩",
  "confirm.agentWithId": "{name}(ID {id})",
  "confirm.closing": " 다른 점이 있으면 회신 부탁드립니다.",
  "confirm.ifNotDone": " 이행되지 않으면: {text}.",
  "confirm.noPromise": ".",
  "confirm.on": "{day} {time}",
  "confirm.opening": "{when}에 통화한 내용을 확인드립니다",
  "confirm.opening.agent": "{when}에 {agent} 상담원과 통화한 내용을 확인드립니다",
  "confirm.promise": ". 약속하신 내용: {promise} (기한: {due}).",
  "confirm.reference": " (접수번호 {reference})",
  "confirm.today": "오늘 {time}",
  "contact.copied": "복사했습니다",
  "contact.copy": "복사",
  "contact.copyFailed": "복사하지 못했습니다. 글자를 선택해 복사하세요",
  "contact.copyFor": "{value} 복사",
  "contact.open": "열기",
  "contact.openFor": "{value} 브라우저에서 열기",
  "damaged.backup.one": "가장 최근의 정상 백업은 {date}에 만들어졌고, 사건 {count}건이 들어 있습니다.",
  "damaged.backup.other": "가장 최근의 정상 백업은 {date}에 만들어졌고, 사건 {count}건이 들어 있습니다.",
  "damaged.banner": "손상된 데이터의 읽기 전용 사본을 보고 있습니다. 필요한 내용을 복사한 뒤 가장 최근의 정상 백업을 복원하세요.",
  "damaged.copy": "읽기 전용 사본 열기",
  "damaged.copyHint": "Casebook이 손상된 파일을 복사해 그 사본을 읽기 전용으로 엽니다. 필요한 내용을 복사해 두세요. 사본에서는 아무것도 바꿀 수 없습니다.",
  "damaged.file": "손상된 파일",
  "damaged.noBackup": "옆에 정상 백업이 없습니다. 다른 시도를 하기 전에 데이터 폴더를 복사해 두고, 읽기 전용 사본을 열어 아직 읽을 수 있는 내용을 꺼내세요.",
  "damaged.restore": "이 백업 복원",
  "damaged.restoreHint": "손상된 파일은 다른 이름으로 그 옆에 남겨 두며, 아무것도 지우지 않습니다. 백업 이후에 바뀐 내용은 손상된 파일에만 있으니, 먼저 읽기 전용 사본을 열어 복사해 두세요.",
  "damaged.restored": "{date} 백업을 복원했습니다. 손상된 파일은 {file}에 남아 있습니다.",
  "damaged.title": "데이터 파일이 손상되었습니다",
  "damaged.what": "Casebook이 시작할 때 데이터 파일을 검사했더니 손상되어 있었습니다. 아무것도 바꾸거나 지우지 않았습니다.",
  "damaged.working": "처리 중…",
  "date.am": "오전 {hour}:{minute}",
  "date.day": "{year}년 {month} {day}일 ({weekday})",
  "date.dayTime": "{day} {time}",
  "date.pick": "{label}: 달력에서 고르기",
  "date.pm": "오후 {hour}:{minute}",
  "delete.button": "삭제",
  "delete.buttonFor": "{label} 삭제",
  "delete.cancel": "그대로 두기",
  "delete.confirm": "삭제",
  "delete.question.case": "사건 “{label}”, 그리고 그 안의 모든 기록을 삭제할까요? {days}일 동안 최근 삭제한 항목(설정)에 남습니다.",
  "delete.question.company": "“{label}” 회사와 {cases}을 삭제할까요? 모두 {days}일 동안 최근 삭제한 항목(설정)에 남습니다.",
  "delete.question.interaction": "이 연락 기록과 그때 받은 약속을 삭제할까요? {days}일 동안 최근 삭제한 항목(설정)에 남습니다.",
  "delete.question.other": "“{label}” 항목을 삭제할까요? {days}일 동안 최근 삭제한 항목(설정)에 남습니다.",
  "direction.inbound": "회사가 연락해 옴",
  "direction.outbound": "내가 연락함",
  "discard.no": "계속 입력",
  "discard.question": "이 양식에 입력한 내용을 버릴까요?",
  "discard.yes": "버리기",
  "dossier.agent": "상담원: {who}",
  "dossier.attached": "첨부: {name} ({size})",
  "dossier.attachmentMissing": "이 컴퓨터에서 파일을 찾을 수 없음",
  "dossier.attachments": "첨부 파일",
  "dossier.card.hint": "모든 연락, 지켜졌거나 어겨진 약속과 늦어진 날수, 확인 일정, 첨부 파일을 날짜순으로 담은 PDF 한 부입니다. 상급자, 분쟁조정기관, 법원에 내세요. Casebook은 아무것도 보내지 않습니다.",
  "dossier.card.made": "저장했습니다: {file}",
  "dossier.card.make": "사건 기록 만들기",
  "dossier.card.open": "PDF 열기",
  "dossier.card.title": "사건 기록(PDF)",
  "dossier.company": "회사: {value}",
  "dossier.companyContacts": "회사 연락처: {value}",
  "dossier.contacts.one": "회사와 연락 {count}회",
  "dossier.contacts.other": "회사와 연락 {count}회",
  "dossier.daysOpen.one": "{date}에 사건을 연 지 {count}일",
  "dossier.daysOpen.other": "{date}에 사건을 연 지 {count}일",
  "dossier.description": "경위: {value}",
  "dossier.done": "{date} 완료",
  "dossier.end": "위의 모든 항목은 그때그때 사용자 본인의 컴퓨터에서 Casebook에 기록되었습니다. 첨부 파일은 SHA-256 해시와 함께 적혀 있어, 읽는 사람이 각 파일이 기록된 파일과 같은지 확인할 수 있습니다.",
  "dossier.escalated": "{from}에서 {to|으로/로} 올림",
  "dossier.followUp.deadline": "마감: {what} — {due}, {state}",
  "dossier.followUp.follow_up": "확인: {what} — 기한 {due}, {state}",
  "dossier.footer": "{title} · {date} 작성 · {pages}쪽 중 {page}쪽",
  "dossier.generated": "Casebook에서 {date}에 작성",
  "dossier.hold.one": "총 대기 시간 {count}분",
  "dossier.hold.other": "총 대기 시간 {count}분",
  "dossier.identifier": "{value}",
  "dossier.keptLate": "지킴, {late}",
  "dossier.late.one": "{count}일 늦음",
  "dossier.late.other": "{count}일 늦음",
  "dossier.level": "단계: {value}",
  "dossier.minutes.one": "{count}분",
  "dossier.minutes.other": "{count}분",
  "dossier.money": "관련 금액: {value}",
  "dossier.nothingLogged": "이 사건에는 아직 기록이 없습니다.",
  "dossier.onHold.one": "대기 {count}분",
  "dossier.onHold.other": "대기 {count}분",
  "dossier.open": "미완료",
  "dossier.preparedBy": "작성자: {name}",
  "dossier.promise": "약속: {what} — {by}, 기한 {due}: {status}",
  "dossier.promiseBy": "약속한 사람: {who}",
  "dossier.promiseByCompany": "약속한 사람: 회사",
  "dossier.promises": "약속: {made}건 중 지킴 {kept}건, 어김 {broken}건, 대기 중 {pending}건",
  "dossier.readBack": "확인한 내용: {text}",
  "dossier.reference": "접수번호 {reference}",
  "dossier.status": "상태: {value}",
  "dossier.status.open": "진행 중",
  "dossier.status.resolved": "해결됨",
  "dossier.summary": "요약",
  "dossier.timeline": "경과",
  "dossier.title": "사건 기록: {title}",
  "dossier.want": "요구 사항: {value}",
  "draft.discard": "지우기",
  "draft.restored": "저장하지 않고 두었던 내용을 되살렸습니다 ({time}).",
  "due.daysOverdue.one": "{count}일 지남",
  "due.daysOverdue.other": "{count}일 지남",
  "due.inDays.one": "{count}일 남음",
  "due.inDays.other": "{count}일 남음",
  "due.overdue": "기한 지남",
  "due.today": "오늘",
  "due.tomorrow": "내일",
  "dueKind.deadline": "기한",
  "dueKind.follow_up": "다시 확인",
  "dueKind.promise": "약속",
  "edit.button": "수정",
  "edit.buttonFor": "{label} 수정",
  "edit.cancel": "취소",
  "edit.save": "변경 저장",
  "edit.title.followUp": "후속 확인 고치기",
  "edit.title.interaction": "연락 기록 고치기",
  "edit.title.promise": "약속 고치기",
  "entity.agent": "상담원",
  "entity.case": "사건",
  "entity.company": "회사",
  "entity.follow_up": "후속 확인",
  "entity.interaction": "연락 기록",
  "entity.promise": "약속",
  "entity.trash": "최근 삭제한 항목",
  "error.bad_backup": "그 파일은 복원할 수 없습니다: {message}",
  "error.bad_import": "가져올 수 없는 파일이라 아무것도 바꾸지 않았습니다: {message}",
  "error.busy": "다른 Casebook 창이나 명령이 데이터를 사용하고 있습니다. 잠시 후 다시 시도하세요.",
  "error.conflict": "처리할 수 없습니다: {message}",
  "error.damaged": "데이터 파일이 손상되어 Casebook이 건드리지 않았습니다. 가장 최근의 정상 백업을 복원하세요: casebook restore {backup}",
  "error.damaged.noBackup": "데이터 파일이 손상되어 Casebook이 건드리지 않았고, 옆에 정상 백업도 없습니다. 다른 시도를 하기 전에 데이터 폴더를 복사해 두세요.",
  "error.database_too_new": "더 새로운 버전의 Casebook이 저장한 데이터입니다. Casebook을 업데이트한 뒤 여세요. 아무것도 바뀌지 않았습니다.",
  "error.invalid": "{field}: {message}",
  "error.io": "파일을 읽거나 쓰지 못했습니다: {message}",
  "error.loadTitle": "이 화면을 불러오지 못했습니다",
  "error.not_found": "이 항목이 더 이상 없습니다. 삭제되었을 수 있습니다.",
  "error.not_found.id": "ID {id}인 {entity|이/가} 없습니다",
  "error.not_found.named": "“{name}”라는 {entity|이/가} 없습니다",
  "error.read_only": "손상된 데이터의 읽기 전용 사본이라 아무것도 바꿀 수 없습니다. 계속 작업하려면 백업을 복원하세요.",
  "error.storage": "데이터를 읽거나 저장하지 못했습니다: {message}",
  "error.too_large": "{name}의 크기가 {size}MB입니다. {limit}MB가 넘는 파일은 첨부할 수 없습니다. 더 작은 사본이나 일부만 첨부하세요.",
  "error.too_large.window": "{name}의 크기가 {limit}MB를 넘어 첨부할 수 없습니다. 더 작은 사본이나 일부만 첨부하세요.",
  "error.unknown": "문제가 생겼습니다: {message}",
  "escalation.agent": "상담원",
  "escalation.complaints": "민원 부서",
  "escalation.executive": "경영진",
  "escalation.leaving": "이탈 (해지, 결제 취소, 소액 소송)",
  "escalation.public": "공개 (소셜 미디어, 리뷰)",
  "escalation.regulator": "감독기관·분쟁조정",
  "escalation.supervisor": "상급자",
  "exports.calendar": "캘린더에 추가",
  "exports.calendarDone": "{file}에 {events}을 썼습니다. 파일을 열면 캘린더에 추가되고, 새 파일을 열면 일정이 갱신됩니다.",
  "exports.calendarEmpty": "진행 중인 사건에 대기 중인 약속이나 확인 일정이 없어 빈 캘린더 파일을 저장했습니다: {file}",
  "exports.hint": "기록을 스프레드시트로, 회사가 약속한 날짜를 쓰고 있는 캘린더로 가져가세요. 파일은 데이터 옆 exports 폴더에 저장되며 어디로도 보내지 않습니다.",
  "exports.openCalendar": "캘린더에서 열기",
  "exports.openFolder": "폴더 열기",
  "exports.spreadsheet": "스프레드시트로 내보내기",
  "exports.spreadsheetDone": "{folder}에 {cases}, {interactions}, {promises}을 썼습니다",
  "exports.title": "내보내기",
  "field.accounts": "계정 식별 정보",
  "field.agent_code": "상담원 ID",
  "field.agent_department": "부서",
  "field.agent_name": "상담원 이름",
  "field.amount": "금액",
  "field.channel": "연락 수단",
  "field.chat_url": "채팅 상담 페이지",
  "field.clock_country": "기한을 따질 나라",
  "field.clock_start": "시작한 날",
  "field.currency": "통화",
  "field.description": "설명",
  "field.desired_outcome": "원하는 결과",
  "field.direction": "누가 연락했나요",
  "field.duration_min": "통화 시간",
  "field.emails": "이메일 주소",
  "field.escalation": "대응 단계",
  "field.follow_up_due": "확인 날짜",
  "field.follow_up_kind": "종류",
  "field.follow_up_note": "할 일",
  "field.help_url": "고객센터 페이지",
  "field.hold_min": "대기 시간",
  "field.holiday_country": "공휴일 기준 국가",
  "field.identifiers": "식별 정보",
  "field.language": "언어",
  "field.name": "회사 이름",
  "field.notes": "메모",
  "field.occurred_at": "일시",
  "field.opened_on": "시작일",
  "field.outcome": "결과",
  "field.phones": "전화번호",
  "field.promise_description": "약속 내용",
  "field.promise_due": "약속 기한",
  "field.recovered": "돌려받은 금액",
  "field.reference": "접수번호",
  "field.reminder_time": "알림 시각",
  "field.resolution_note": "해결 메모",
  "field.social": "소셜 계정",
  "field.summary": "확인 요약",
  "field.title": "제목",
  "field.until": "다시 알릴 시각",
  "field.website": "웹사이트",
  "field.your_name": "내 이름",
  "followUp.due": "날짜",
  "followUp.dueHint": "예: 2026.11.30, 11/30, 내일 또는 2026.11.30 17:00",
  "followUp.hint": "내가 다시 확인할 날짜, 또는 반품 기한 같은 내 기한.",
  "followUp.kind": "종류",
  "followUp.note": "할 일",
  "followUp.notePlaceholder": "환불이 안 들어왔으면 다시 전화하기",
  "followUp.save": "추가",
  "followUp.saved": "추가했습니다.",
  "followUp.title": "다시 확인할 날짜나 기한 추가",
  "followUpKind.deadline": "내 기한",
  "followUpKind.follow_up": "다시 확인",
  "form.cancel": "취소",
  "form.check": "표시된 항목을 확인하세요.",
  "form.remove": "{n}번째 줄 삭제",
  "form.save": "저장",
  "form.saving": "저장 중…",
  "home.companies.empty": "진행 중인 사건이 없습니다. 모두 해결되었습니다.",
  "home.companies.more": "{company}의 사건 모두 보기",
  "home.companies.title": "회사별 진행 중인 사건",
  "home.companies.total.one": "진행 중 {count}건",
  "home.companies.total.other": "진행 중 {count}건",
  "home.dueSoon.empty": "7일 안에 기한이 오는 항목이 없습니다.",
  "home.dueSoon.title": "7일 안에 기한",
  "home.empty.add": "회사 추가",
  "home.empty.body": "Casebook은 문제마다 사건 기록을 하나씩 만들고, 상대하는 회사별로 모아 둡니다. 먼저 그 회사를 추가하세요. 쇼핑몰, 인터넷 통신사, 대금을 주지 않은 거래처 등. 그다음 문제에 대한 사건을 열고 모든 연락을 기록하세요.",
  "home.empty.title": "회사부터 추가하세요",
  "home.overdue.empty": "기한이 지난 항목이 없습니다.",
  "home.overdue.title": "기한 지남",
  "home.seeAll": "기한이 지난 {total}건 모두 보기",
  "home.shown": "{total}건 중 {shown}건 표시",
  "home.title": "홈",
  "ics.agent": "상담원: {agent}",
  "ics.agentId": "상담원 ID: {code}",
  "ics.agentWithId": "상담원: {agent} (ID {code})",
  "ics.case": "사건: {case}",
  "ics.company": "회사: {company}",
  "ics.deadline": "{company} 마감: {what}",
  "ics.followUp": "{company} 확인: {what}",
  "ics.promise": "{company} 약속: {what}",
  "ics.reference": "접수번호: {reference}",
  "ladder.aLetter": "서면(편지)",
  "ladder.current": "현재 단계",
  "ladder.go": "다음 단계로: {level}",
  "ladder.moved": "사건의 대응 단계: {level}",
  "ladder.next.complaints": "고객불만 담당 부서에 서면으로 보내세요",
  "ladder.next.executive": "경영진(대표) 앞으로 서면을 보내세요",
  "ladder.next.leaving": "해지, 차지백, 소액사건 등 다른 길을 찾으세요",
  "ladder.next.public": "후기나 소셜 미디어에 공개적으로 알리세요",
  "ladder.next.regulator": "규제기관이나 분쟁조정기관에 신청하세요",
  "ladder.next.supervisor": "상급자(팀장)를 바꿔 달라고 하거나 고객불만 담당 부서에 서면으로 보내세요",
  "ladder.stepBack": "이전 단계로: {level}",
  "ladder.suggest": "{why}: {next}.",
  "ladder.switch": "{channel|으로/로} {count}번 연락했지만 지켜진 약속이 없습니다. 다른 방법을 써 보세요: {others}.",
  "ladder.title": "대응 단계",
  "ladder.wait": "아직 단계를 올릴 이유가 없습니다. 약속한 날짜를 지키게 하세요.",
  "ladder.why.broken.one": "지키지 않은 약속 {count}건",
  "ladder.why.broken.other": "지키지 않은 약속 {count}건",
  "ladder.why.contacts.one": "{days}일 동안 연락 {count}번",
  "ladder.why.contacts.other": "{days}일 동안 연락 {count}번",
  "lang.en": "English",
  "lang.ko": "한국어",
  "lang.label": "언어",
  "letter.confirmation.subject": "통화 내용 확인: {title}",
  "letter.contacts.one": "{first}에 한 번 연락했습니다",
  "letter.contacts.other": "{first}부터 {count}번 연락했습니다",
  "letter.date": "{year}년 {month} {day}일",
  "letter.kind.complaint": "정식 민원",
  "letter.kind.confirmation": "마지막 연락 내용 서면 확인",
  "letter.kind.escalate": "상급자·고객불만 부서 이관 요청",
  "letter.kind.executive": "경영진 앞 서면",
  "letter.kind.referral": "규제기관·분쟁조정기관 제출용 요약",
  "letter.noContact": "이 사건에는 아직 확인할 연락이 없습니다.",
  "letter.times.one": "한 번",
  "letter.times.other": "{count}번",
  "letters.attach": "사건 기록에 추가",
  "letters.attached": "{name|으로/로} 증거 자료에 보관했습니다. 사건 기록(PDF)에 포함됩니다.",
  "letters.copied": "복사했습니다",
  "letters.copy": "복사",
  "letters.hint": "이 사건의 내용으로 채운 서면입니다. 이메일에 붙여 넣거나 인쇄하세요. Casebook은 아무것도 보내지 않습니다. 보내기 전에 마음대로 고치세요.",
  "letters.kind": "서면 종류",
  "letters.language": "언어",
  "letters.own": "직접 만든 양식을 씁니다: {path}",
  "letters.save": "텍스트로 저장",
  "letters.saved": "{path}에 저장했습니다",
  "letters.show": "작성",
  "letters.title": "서면",
  "list.showMore": "{count}개 더 보기",
  "list.shown": "{total}개 중 {shown}개 표시",
  "log.agent": "상대한 사람",
  "log.agentHint": "이름과 ID를 물어보고, 이름을 불러 주세요.",
  "log.check.names": "상담원 이름과 ID",
  "log.check.next": "다음 단계",
  "log.check.promise": "약속한 내용과 기한",
  "log.check.reference": "접수번호",
  "log.checklist": "끊기 전에 다시 확인하세요:",
  "log.dateHint": "예: 2026.11.30 17:00",
  "log.duration": "통화 시간(분)",
  "log.hold": "대기 시간(분)",
  "log.knownAgent": "이전에 연락한 상담원",
  "log.knownAgentPick": "고르면 이름, ID, 부서가 채워집니다",
  "log.pendingFiles": "저장하면 이 연락에 첨부됩니다:",
  "log.pendingRemove": "{name} 첨부하지 않기",
  "log.promise": "회사가 약속한 것",
  "log.promiseBy": "약속한 쪽",
  "log.promiseDue": "기한",
  "log.promiseHint": "환불, 회신 전화, 기사 방문 등. 날짜를 꼭 물어보세요.",
  "log.save": "연락 저장",
  "log.saved": "연락을 저장했습니다.",
  "log.title": "연락 기록",
  "month.1": "1월",
  "month.10": "10월",
  "month.11": "11월",
  "month.12": "12월",
  "month.2": "2월",
  "month.3": "3월",
  "month.4": "4월",
  "month.5": "5월",
  "month.6": "6월",
  "month.7": "7월",
  "month.8": "8월",
  "month.9": "9월",
  "nav.companies": "회사",
  "nav.home": "홈",
  "nav.label": "주 메뉴",
  "nav.overdue": "기한 지남 {count}건",
  "nav.record": "기록",
  "nav.settings": "설정",
  "notice.agentId": "ID {code}",
  "notice.clock.soon": "{rule} 기한: {when}. {what}",
  "notice.clock.today": "{rule} 기한: 오늘({when}). {what}",
  "notice.date": "{month} {day}일",
  "notice.deadline": "내일 마감: {what} ({when})",
  "notice.followUp": "다시 확인: {what} ({when})",
  "notice.mine.late": "지키지 못한 내 약속: {what} — 기한 {when}",
  "notice.mine.soon": "내가 한 약속: {what} — 기한 {when}",
  "notice.open": "열기",
  "notice.promise": "약속: {what} — 기한 {when}",
  "notice.promise.by": "{who} 약속: {what} — 기한 {when}",
  "notice.reference": "접수번호 {reference}",
  "notice.summary.body": "{companies}. Casebook을 열어 확인하세요.",
  "notice.summary.more": "{companies} 외 {count}곳",
  "notice.summary.promises": "기한이 지난 약속 {count}건",
  "notice.summary.reminders": "확인할 알림 {count}건",
  "notice.title": "{company} · {case}",
  "notify.checkTitle": "알림을 확인할 수 없습니다. 데이터를 읽지 못했습니다.",
  "notify.openHome": "홈 화면으로 가기",
  "notify.problem": "시스템 메시지: {problem}",
  "notify.stillListed": "Casebook은 계속 확인하고 있습니다. 기한이 지난 약속과 확인할 일은 홈 화면에 그대로 표시됩니다.",
  "notify.title": "이 컴퓨터에서는 데스크톱 알림을 표시할 수 없습니다.",
  "outcome.gave_up": "포기",
  "outcome.got_it": "원하는 대로 해결",
  "outcome.partial": "일부 해결",
  "outcome.switched": "다른 업체로 변경",
  "overdue.count": "{total}건 중 {shown}건 표시",
  "overdue.intro": "오래된 것부터 사건별로 묶었습니다. 사건을 열어 처리하거나 나중에 다시 알리게 하세요.",
  "overdue.more": "더 보기",
  "overdue.title": "기한이 지난 모든 항목",
  "prep.add": "추가",
  "prep.addFor": "추가: {item}",
  "prep.broken.one": "지키지 않은 약속 {count}건",
  "prep.broken.other": "지키지 않은 약속 {count}건",
  "prep.check.identifiers": "계정·주문·일련번호",
  "prep.check.outcome": "원하는 것을 한 문장으로",
  "prep.check.phone": "회사 전화번호",
  "prep.check.problem": "문제를 내 말로",
  "prep.checklist": "준비할 것",
  "prep.contactUs": "연락처",
  "prep.copied": "복사했습니다",
  "prep.copy": "복사",
  "prep.copyFor": "{label} 복사",
  "prep.identifiers": "물어볼 번호",
  "prep.last": "마지막 연락",
  "prep.lastPromise": "마지막 약속",
  "prep.missing": "없음",
  "prep.outcome": "매번 같은 말로 요청하세요",
  "prep.problem": "문제 (내 말로)",
  "prep.ready": "준비됨",
  "prep.resumeCall": "{time}에 시작한 통화 이어서 기록하기",
  "prep.startCall": "통화 시작",
  "prep.title": "전화하기 전에",
  "prep.tried.none": "아직 기록된 연락이 없습니다. 이번이 처음입니다.",
  "prep.tried.one": "지금까지 연락 {count}번",
  "prep.tried.other": "지금까지 연락 {count}번",
  "promiseSide.me": "나",
  "promiseSide.them": "상대",
  "promiseStatus.broken": "안 지켜짐",
  "promiseStatus.kept": "지켜짐",
  "promiseStatus.pending": "대기 중",
  "promiseStatus.withdrawn": "철회됨",
  "record.activity": "최근 12개월",
  "record.activityEmpty": "최근 12개월 동안의 연락이 아직 없습니다. 연락을 기록하면 달마다 이 차트가 채워집니다.",
  "record.activityHint": "달마다 기록한 연락, 기한이 된 상대의 약속, 그중 어긴 약속입니다. 막대마다 숫자가 있습니다.",
  "record.amount": "돌려받은 금액",
  "record.broken": "어김",
  "record.brokenIn": "그중 어긴 약속",
  "record.cases": "사건",
  "record.company": "회사",
  "record.contacts": "연락",
  "record.empty": "아직 회사가 없습니다. 회사를 추가하고 약속을 기록하면 이 화면에서 비교할 수 있습니다.",
  "record.hint": "내 사건 기록으로 본 회사별 비교입니다. 약속을 가장 많이 어긴 회사가 먼저 나옵니다. 열을 누르면 그 기준으로 정렬합니다.",
  "record.hold": "대기 시간(분)",
  "record.kept": "지킴",
  "record.late": "늦은 날수(중앙값)",
  "record.legend": "어긴 비율: 지켰거나 어긴 약속 가운데 어긴 약속의 비율. 늦은 날수: 늦게 지킨 약속이 며칠 늦었는지의 중앙값.",
  "record.made": "기한이 된 약속",
  "record.month": "월",
  "record.perCase": "사건당 연락",
  "record.promises": "상대의 약속",
  "record.rate": "어긴 비율",
  "record.recovered": "해마다 돌려받은 금액",
  "record.recoveredEmpty": "아직 돌려받은 금액이 없습니다. 사건을 해결할 때 돌려받은 금액을 적으면 여기에 해마다 합산됩니다.",
  "record.recoveredHint": "해결한 사건에서 돌려받은 금액을 통화별로, 사건이 끝난 해에 따라 모았습니다.",
  "record.sortBy": "{column} 기준 정렬",
  "record.title": "약속을 지키는 회사",
  "record.year": "연도",
  "recordKind.case": "사건",
  "recordKind.company": "회사",
  "recordKind.follow_up": "후속 확인",
  "recordKind.interaction": "연락 기록",
  "recordKind.promise": "약속",
  "ref.label": "접수번호 {reference}",
  "resolve.confirm": "해결로 표시",
  "resolve.hint": "해결된 사건은 알림을 보내지 않습니다. 나중에 다시 열 수 있습니다.",
  "resolve.note": "메모",
  "resolve.outcome": "결과",
  "resolve.recovered": "돌려받은 금액 (선택)",
  "resolve.recoveredHint": "돌려받은 금액을 사건의 통화({currency})로 적습니다. 회사의 기록에 반영됩니다.",
  "resolve.recoveredHintNone": "돌려받은 금액을 \u002420, 30,000원처럼 통화와 함께 적습니다. 회사의 기록에 반영됩니다.",
  "resolve.stops.one": "해결하면 이 항목은 더 이상 알리지 않습니다:",
  "resolve.stops.other": "해결하면 이 {count}건은 더 이상 알리지 않습니다:",
  "resolve.title": "이 사건을 해결로 표시",
  "rule.before_contact": "약속을 받은 연락보다 앞선 날짜입니다. 날짜를 확인하세요",
  "rule.contact.incomplete": "상담원, 접수번호, 메모, 약속 중 하나는 적어 주세요",
  "rule.duplicate": "이미 사용 중인 {field}입니다",
  "rule.email": "이메일 주소는 help@example.com처럼 입력하세요",
  "rule.empty": "{field|을/를} 입력하세요",
  "rule.far_away": "오늘과 몇 년 떨어진 날짜입니다. 연도를 확인하세요",
  "rule.future": "미래의 날짜입니다. 날짜를 확인하세요",
  "rule.incomplete": "{field|이/가} 완전하지 않습니다",
  "rule.labelled.incomplete": "각 줄에 항목 이름과 값을 모두 입력하세요",
  "rule.minutes.not_a_number": "{field|은/는} 분 단위 숫자로 입력하세요 (예: 15)",
  "rule.money.incomplete": "금액과 통화를 함께 입력하거나 둘 다 비워 두세요",
  "rule.name.duplicate": "같은 이름의 회사가 이미 있습니다",
  "rule.negative": "{field|은/는} 음수일 수 없습니다",
  "rule.not_a_date": "{field}의 날짜 형식이 올바르지 않습니다. 2026.11.30 또는 2026.11.30 17:00처럼 입력하세요",
  "rule.not_a_number": "{field|이/가} 숫자가 아닙니다",
  "rule.not_allowed": "{field|은/는} 선택할 수 없는 값입니다",
  "rule.occurred_at.empty": "연락한 때를 입력하세요. 예: 2026.11.30 17:00",
  "rule.out_of_range": "{field|은/는} {first}년에서 {last}년 사이의 날짜로 입력하세요",
  "rule.past": "{field|은/는} 이미 지났습니다. 더 나중 시각을 입력하세요",
  "rule.recovered.currency": "돌려받은 금액은 사건의 통화로 적어 주세요",
  "rule.recovered.incomplete": "돌려받은 금액을 \u002420, 30,000원처럼 통화와 함께 적어 주세요. 이 사건에는 금액이 없습니다",
  "rule.time.not_a_date": "{field|은/는} 09:00이나 18:30처럼 입력하세요",
  "rule.too_long": "{field|이/가} 너무 깁니다 (최대 {limit}자)",
  "rule.too_precise": "{field}의 소수점 자리가 통화에 비해 너무 많습니다 (최대 {limit}자리)",
  "rule.too_precise.whole": "{field|은/는} 이 통화에서 소수점 없이 입력하세요",
  "rule.unknown_currency": "{field|은/는} KRW, USD, EUR 같은 통화 코드로 입력하세요",
  "rule.url": "{field|은/는} https://example.com 같은 웹 주소로 입력하세요",
  "score.agentLine": "{name}: 약속 {made}건, 지킴 {kept}건",
  "score.agents": "상담원별",
  "score.brokenRate": "어긴 비율: 지켰거나 어긴 약속 중 {rate}",
  "score.channels": "연락 방법별",
  "score.contacts": "사건 {cases}건에 연락 {contacts}회 (사건당 {perCase}회)",
  "score.contactsTitle": "연락",
  "score.empty": "아직 이 회사와의 기록이 없습니다. 연락이나 약속을 기록하면 여기에 쌓입니다.",
  "score.hint": "내 사건 기록으로 본 이 회사: 약속을 얼마나 지켰는지, 사건마다 몇 번 연락했는지, 얼마나 기다렸는지.",
  "score.hold": "총 대기 {total}분 (연락당 중앙값 {median}분)",
  "score.late": "늦게 지킨 날수 중앙값 {days}일",
  "score.money": "금액",
  "score.moneyLine": "진행 중인 사건의 금액 {stake} · 돌려받은 금액 {recovered} · 포기한 금액 {givenUp}",
  "score.myPromises": "내 약속",
  "score.outcome": "{outcome}: {count}",
  "score.outcomes": "사건 결과",
  "score.promiseLine": "{made}건 · 지킴 {kept} · 어김 {broken} · 철회 {withdrawn} · 대기 {pending}",
  "score.resolve": "해결까지 중앙값 {days}일",
  "score.theirPromises": "상대의 약속",
  "score.title": "이 회사의 기록",
  "search.label": "사건 검색",
  "search.none": "그 글자가 들어 있는 사건이 없습니다. 세 글자면 충분합니다.",
  "search.placeholder": "검색: 접수번호, 상담원, 낱말",
  "search.results.one": "사건 {count}건을 찾았습니다",
  "search.results.other": "사건 {count}건을 찾았습니다",
  "search.shortcut": "Ctrl+K 또는 /",
  "sector.credit_card": "신용카드",
  "sector.credit_report": "신용정보",
  "sector.debit_card": "체크카드·이체",
  "sector.doorstep": "방문판매",
  "sector.energy": "에너지",
  "sector.financial": "은행·대출·보험",
  "sector.goods": "매장에서 산 물건",
  "sector.online_shopping": "온라인·통신판매",
  "sector.payments": "결제·전자금융",
  "sector.services": "기타 서비스",
  "sector.telecom": "전화·휴대폰·인터넷·TV",
  "settings.autostart": "로그인할 때 Casebook 시작",
  "settings.autostart.off": "로그인해도 Casebook이 시작되지 않습니다.",
  "settings.autostart.on": "로그인하면 Casebook이 시작됩니다.",
  "settings.holidays.hint": "“영업일 기준 3일”은 주말과 이 나라의 공휴일을 빼고 셉니다.",
  "settings.holidays.saved": "저장했습니다. 이제 영업일은 {country}의 공휴일을 빼고 셉니다.",
  "settings.holidays.title": "영업일",
  "settings.language.title": "언어",
  "settings.reminderTime.hint": "시각 없이 날짜만 있는 약속이나 다시 확인할 일은 그다음 날 이 시각에 알려 드립니다. 시각 없는 기한은 전날 이 시각에 미리 알려 드립니다. 09:00처럼 HH:MM으로 입력하세요.",
  "settings.reminderTime.saved": "저장했습니다. 시각 없는 날짜는 이제 {time}에 알려 드립니다.",
  "settings.reminders.title": "알림",
  "settings.startup.title": "시작과 닫기",
  "settings.title": "설정",
  "settings.window": "창을 닫아도 Casebook은 트레이에서 계속 실행되어 알림이 옵니다. 완전히 끄려면 트레이 메뉴에서 종료를 누르세요.",
  "settings.yourName.hint": "사건 기록(PDF)에 작성자로 적힙니다. 비워 두면 적지 않습니다.",
  "settings.yourName.saved": "저장했습니다.",
  "snooze.again": "다시 알림:",
  "snooze.confirm": "이때 알림",
  "snooze.done": "“{what}”, {time}에 다시 알려 드릴게요. 처리할 때까지 기한 지남 목록에 남아 있습니다.",
  "snooze.hour": "1시간 후",
  "snooze.label": "“{what}” 다시 알림",
  "snooze.menu": "다시 알림…",
  "snooze.next": "{time}에 다시 알림",
  "snooze.notADate": "날짜나 날짜와 시각을 2026-11-30 또는 2026-11-30 09:00처럼 입력하세요",
  "snooze.past": "아직 지나지 않은 시각을 고르세요",
  "snooze.pick": "직접 선택…",
  "snooze.tomorrow": "내일 {time}",
  "snooze.until": "다시 알릴 시각",
  "snooze.untilHint": "예: 2026-11-30 또는 2026-11-30 09:00. 날짜만 쓰면 그날 {time}입니다.",
  "startEvent.complaint": "처음 민원을 넣은 날",
  "startEvent.decision": "기관의 결정을 받은 날",
  "startEvent.delivered": "배송받은 날",
  "startEvent.final_response": "회사의 최종 답변",
  "startEvent.noticed": "문제를 안 날",
  "startEvent.purchased": "구매·결제일",
  "startEvent.referred": "기관에 신청한 날",
  "startEvent.refund_agreed": "환불 합의·반품 도착",
  "startEvent.statement": "오류가 나온 명세서",
  "status.open": "진행 중",
  "status.resolved": "해결됨",
  "timeline.agent": "상담원",
  "timeline.broken": "안 지켜짐으로 표시",
  "timeline.doneAt": "{date} 완료",
  "timeline.due": "기한 {date}",
  "timeline.dueMoved": "{date}에 기한 변경 (이전: {old})",
  "timeline.duration": "{minutes}분",
  "timeline.empty": "아직 기록이 없습니다. 전화, 채팅, 이메일, 방문마다 상담원과 접수번호를 함께 기록하세요.",
  "timeline.escalated": "대응 단계: {from} → {to}",
  "timeline.followUpDone": "완료",
  "timeline.hold": "대기 {minutes}분",
  "timeline.kept": "지켜짐으로 표시",
  "timeline.markFor": "{action}: {what}",
  "timeline.newestFirst": "최신순",
  "timeline.oldestFirst": "오래된 순",
  "timeline.order": "순서",
  "timeline.promise.me": "내 약속",
  "timeline.promise.them": "상대의 약속",
  "timeline.promisedBy": "약속한 사람: {agent}",
  "timeline.reference": "접수번호",
  "timeline.statusAt": "{date}에 {status}",
  "timeline.summary": "확인한 내용",
  "timeline.title": "타임라인",
  "timeline.undo": "되돌리기",
  "timeline.withdrawn": "철회됨으로 표시",
  "trash.empty": "최근 {days}일 동안 삭제한 항목이 없습니다. 회사, 사건, 연락 기록, 약속, 후속 확인을 삭제하면 여기 남아 되살릴 수 있습니다.",
  "trash.emptyAll": "지금 비우기",
  "trash.emptyQuestion": "최근 삭제한 항목을 모두 완전히 지울까요? 되돌릴 수 없습니다.",
  "trash.hint": "삭제한 항목은 {days}일 동안 여기 남았다가 완전히 지워집니다.",
  "trash.item": "{entity} · {company} · {deleted} 삭제 · {until}까지 보관",
  "trash.restore": "되살리기",
  "trash.restoreFor": "{label} 되살리기",
  "trash.restored": "“{label}” 항목을 되살렸습니다.",
  "trash.title": "최근 삭제한 항목",
  "trash.with": "함께 삭제: {items}",
  "tray.nothingOverdue": "기한 지난 항목 없음",
  "tray.open": "Casebook 열기",
  "tray.quit": "종료",
  "tray.tooltip": "Casebook — {status}",
  "tray.unknown": "알림을 확인할 수 없음: Casebook을 열어 보세요",
  "undo.button": "되돌리기",
  "undo.deleted": "{entity} “{label}” 삭제됨.",
  "weekday.1": "월",
  "weekday.2": "화",
  "weekday.3": "수",
  "weekday.4": "목",
  "weekday.5": "금",
  "weekday.6": "토",
  "weekday.7": "일"
}`,
};

const read: { en?: Record<MessageKey, string>; ko?: Record<MessageKey, string> } = {};

/** Every message in `lang`, by key. */
export function messagesIn(lang: 'en' | 'ko'): Record<MessageKey, string> {
  return (read[lang] ??= JSON.parse(TEXT[lang]) as Record<MessageKey, string>);
}

/** Whether a count of one takes the `.one` form (every other count takes `.other`). */
export const HAS_SINGULAR = { en: true, ko: false } as const;

/** Templates, values and what core's `fill` makes of them. */
export const FILL_EXAMPLES: readonly (readonly [string, Record<string, string>, string])[] = [
  ["{x|을/를} 입력하세요", {"x":"제목"}, "제목을 입력하세요"],
  ["{x|을/를} 입력하세요", {"x":"메모"}, "메모를 입력하세요"],
  ["{x|이/가} 없습니다", {"x":"통화"}, "통화가 없습니다"],
  ["{x|이/가} 없습니다", {"x":"금액"}, "금액이 없습니다"],
  ["{x|으로/로} 이동", {"x":"서울"}, "서울로 이동"],
  ["{x|으로/로} 이동", {"x":"부산"}, "부산으로 이동"],
  ["{x|으로/로} 이동", {"x":"집"}, "집으로 이동"],
  ["{x|을/를} 확인", {"x":"URL"}, "URL을 확인"],
  ["{x|을/를} 확인", {"x":"ID 4471"}, "ID 4471을 확인"],
  ["{x|을/를} 확인", {"x":"ABC-12"}, "ABC-12를 확인"],
  ["{x|을/를} 확인", {"x":"—"}, "—을(를) 확인"],
  ["{name} ({code})", {"code":"4471","name":"Jane"}, "Jane (4471)"],
  ["Hello {who}", {}, "Hello {who}"],
  ["{ not a placeholder } {x}", {"x":"1"}, "{ not a placeholder } 1"],
  ["unclosed {x", {"x":"1"}, "unclosed {x"],
];
