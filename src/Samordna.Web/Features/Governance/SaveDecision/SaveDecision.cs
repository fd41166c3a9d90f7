using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveDecision;

public sealed record VoteRequest(Guid? AppointmentId, VoteChoice? Choice);

/// <summary>
/// Record or change a numbered decision (§) of a meeting. Without a number the next free one of the meeting's year is
/// used. A vote is either counted (for/against/abstaining) or roll-call (one vote per serving ledamot, counts derived).
/// </summary>
public sealed record DecisionRequest(
    Guid? AgendaItemId,
    int? Number,
    string? Title,
    string? Text,
    DecisionLinkKind? LinkKind,
    Guid? LinkedId,
    string? LinkText,
    VoteKind? VoteKind,
    int? VotesFor,
    int? VotesAgainst,
    int? VotesAbstaining,
    IReadOnlyList<VoteRequest>? Votes,
    long? Version);

public sealed class SaveDecisionHandler(AppDbContext db, IEnumerable<IDecisionLinkTarget> linkTargets)
{
    public static ValidationErrors Validate(DecisionRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.Range("number", "Paragrafnummer", r.Number, 1, 9999);
        errors.RequiredText("title", "Rubrik", r.Title, 300);
        errors.RequiredText("text", "Beslut", r.Text, 8000);
        errors.FreeText("linkText", "Beskrivning av kopplingen", r.LinkText, 400);
        if (r.LinkKind is { } kind && kind != DecisionLinkKind.None && r.LinkedId is null && string.IsNullOrWhiteSpace(r.LinkText))
        {
            errors.Add("linkText", "Beskriv vad beslutet avser (eller ange dess id) när beslutet är kopplat till något.");
        }

        if (r.LinkKind == DecisionLinkKind.CharterVersion && r.LinkedId is null)
        {
            errors.Add("linkedId", "Välj vilken förbundsordning beslutet avser.");
        }

        switch (r.VoteKind ?? VoteKind.None)
        {
            case VoteKind.Counted:
                errors.Required("votesFor", "Antal ja-röster", r.VotesFor);
                errors.Required("votesAgainst", "Antal nej-röster", r.VotesAgainst);
                errors.Required("votesAbstaining", "Antal som avstår", r.VotesAbstaining);
                errors.Range("votesFor", "Antal ja-röster", r.VotesFor, 0, 999);
                errors.Range("votesAgainst", "Antal nej-röster", r.VotesAgainst, 0, 999);
                errors.Range("votesAbstaining", "Antal som avstår", r.VotesAbstaining, 0, 999);
                if ((r.VotesFor ?? 0) + (r.VotesAgainst ?? 0) + (r.VotesAbstaining ?? 0) == 0 && r.VotesFor is not null)
                {
                    errors.Add("votesFor", "En omröstning har minst en röst.");
                }

                break;
            case VoteKind.RollCall:
                var votes = r.Votes ?? [];
                if (votes.Count == 0)
                {
                    errors.Add("votes", "Ange hur varje tjänstgörande ledamot röstade vid namnupprop.");
                }
                else if (votes.Any(v => v.AppointmentId is null || v.Choice is null))
                {
                    errors.Add("votes", "Varje röst behöver både ledamot och röst (ja, nej eller avstår).");
                }
                else if (votes.Select(v => v.AppointmentId).Distinct().Count() != votes.Count)
                {
                    errors.Add("votes", "Samma ledamot kan bara rösta en gång.");
                }

                break;
        }

        return errors.VersionRead(r.Version, isUpdate);
    }

    public async Task<Result<Saved>> CreateAsync(Guid associationId, Guid meetingId, DecisionRequest r, CancellationToken ct)
    {
        var meeting = await db.Set<BoardMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.AssociationId == associationId, ct);
        if (meeting is null)
        {
            return GovernanceErrors.MeetingNotFound;
        }

        var decision = new BoardDecision { AssociationId = associationId, MeetingId = meetingId, Year = meeting.Date.Year };
        if (await ApplyAsync(decision, meeting, r, ct) is { } error)
        {
            return error;
        }

        db.Add(decision);
        if (r.Number is null)
        {
            // Two decisions recorded at the same moment may both read the same highest number; the unique index
            // refuses the second, which then takes the next free number.
            await NumberedSave.SaveAsync(db, async token => decision.Number = await NextNumberAsync(decision, token), ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }

        return new Saved(decision.Id, decision.Version);
    }

    private async Task<int> NextNumberAsync(BoardDecision d, CancellationToken ct) =>
        (await db.Set<BoardDecision>().Where(x => x.AssociationId == d.AssociationId && x.Year == d.Year && x.Id != d.Id)
            .MaxAsync(x => (int?)x.Number, ct) ?? 0) + 1;

    public async Task<Result<Saved>> UpdateAsync(Guid associationId, Guid decisionId, DecisionRequest r, CancellationToken ct)
    {
        var decision = await db.Set<BoardDecision>().Include(d => d.Votes).FirstOrDefaultAsync(d => d.Id == decisionId && d.AssociationId == associationId, ct);
        return await GovernanceSave.UpdateAsync(db, decision, GovernanceErrors.DecisionNotFound, r.Version, async d =>
            await ApplyAsync(d, await db.Set<BoardMeeting>().AsNoTracking().FirstAsync(m => m.Id == d.MeetingId, ct), r, ct),
            ct);
    }

    private async Task<Error?> ApplyAsync(BoardDecision d, BoardMeeting meeting, DecisionRequest r, CancellationToken ct)
    {
        if (r.AgendaItemId is { } itemId && !await db.Set<AgendaItem>().AnyAsync(a => a.Id == itemId && a.MeetingId == meeting.Id, ct))
        {
            return GovernanceErrors.AgendaItemOfOtherMeeting;
        }

        var number = r.Number ?? (d.Number > 0 && d.Year == meeting.Date.Year ? d.Number : await NextNumberAsync(d, ct));
        if (await db.Set<BoardDecision>().AnyAsync(x => x.AssociationId == d.AssociationId && x.Year == d.Year && x.Number == number && x.Id != d.Id, ct))
        {
            return GovernanceErrors.DuplicateDecisionNumber.WithMessage($"Det finns redan ett beslut § {number} år {d.Year}. Paragrafnumren löper per år.");
        }

        var linkKind = r.LinkKind ?? DecisionLinkKind.None;
        var linkText = string.IsNullOrWhiteSpace(r.LinkText) ? null : r.LinkText.Trim();
        if (linkKind != DecisionLinkKind.None && r.LinkedId is { } linkedId)
        {
            // A typed link points at a row of this association, never another's: the target of its kind says what
            // it is, or the link is refused.
            var target = linkTargets.FirstOrDefault(t => t.Kind == linkKind);
            if (target is null)
            {
                return GovernanceErrors.LinkKindTakesNoId;
            }

            var described = await target.DescribeAsync(d.AssociationId, linkedId, ct);
            if (described is null)
            {
                return target.NotFound;
            }

            linkText ??= described;
        }

        var voteKind = r.VoteKind ?? VoteKind.None;
        var votes = voteKind == VoteKind.RollCall ? r.Votes!.ToDictionary(v => v.AppointmentId!.Value, v => v.Choice!.Value) : [];
        if (voteKind != VoteKind.None && await CheckVotesAsync(meeting, voteKind, r, votes, ct) is { } voteError)
        {
            return voteError;
        }

        d.AgendaItemId = r.AgendaItemId;
        d.Number = number;
        d.Title = r.Title!.Trim();
        d.Text = r.Text!.Trim();
        d.LinkKind = linkKind;
        d.LinkedId = linkKind == DecisionLinkKind.None ? null : r.LinkedId;
        d.LinkText = linkKind == DecisionLinkKind.None ? null : linkText;
        d.VoteKind = voteKind;
        (d.VotesFor, d.VotesAgainst, d.VotesAbstaining) = voteKind switch
        {
            VoteKind.Counted => (r.VotesFor, r.VotesAgainst, r.VotesAbstaining),
            VoteKind.RollCall => (votes.Count(v => v.Value == VoteChoice.For), votes.Count(v => v.Value == VoteChoice.Against), votes.Count(v => v.Value == VoteChoice.Abstain)),
            _ => ((int?)null, (int?)null, (int?)null),
        };
        SyncVotes(d, votes);
        return null;
    }

    /// <summary>Only serving ledamöter (and serving ersättare) vote, so the meeting's attendance must be known for a roll call.</summary>
    private async Task<Error?> CheckVotesAsync(BoardMeeting meeting, VoteKind kind, DecisionRequest r, Dictionary<Guid, VoteChoice> votes, CancellationToken ct)
    {
        var serving = await db.Set<MeetingAttendance>().AsNoTracking()
            .Where(a => a.MeetingId == meeting.Id && (a.Capacity == AttendanceCapacity.BoardMember || a.Capacity == AttendanceCapacity.ServingSubstitute))
            .Select(a => a.AppointmentId)
            .ToListAsync(ct);
        if (kind == VoteKind.RollCall)
        {
            if (!meeting.AttendanceRecorded)
            {
                return GovernanceErrors.VoterNotServing.WithMessage("Registrera närvaron innan du registrerar röster per ledamot.");
            }

            return votes.Keys.All(serving.Contains) ? null : GovernanceErrors.VoterNotServing;
        }

        var total = (r.VotesFor ?? 0) + (r.VotesAgainst ?? 0) + (r.VotesAbstaining ?? 0);
        return meeting.AttendanceRecorded && total > serving.Count
            ? GovernanceErrors.TooManyVotes.WithMessage($"Omröstningen har {total} röster men bara {serving.Count} tjänstgjorde vid sammanträdet.")
            : null;
    }

    private void SyncVotes(BoardDecision d, Dictionary<Guid, VoteChoice> votes)
    {
        foreach (var old in d.Votes.Where(v => !votes.ContainsKey(v.AppointmentId)).ToList())
        {
            d.Votes.Remove(old);
            db.Remove(old);
        }

        foreach (var (appointmentId, choice) in votes)
        {
            var existing = d.Votes.FirstOrDefault(v => v.AppointmentId == appointmentId);
            if (existing is null)
            {
                var vote = new DecisionVote { AssociationId = d.AssociationId, DecisionId = d.Id, AppointmentId = appointmentId, Choice = choice };
                d.Votes.Add(vote);
                db.Add(vote);
            }
            else
            {
                existing.Choice = choice;
            }
        }
    }
}
