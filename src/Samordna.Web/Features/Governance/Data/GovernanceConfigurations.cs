using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.Data;

internal sealed class BoardAppointmentConfiguration : IEntityTypeConfiguration<BoardAppointment>
{
    public void Configure(EntityTypeBuilder<BoardAppointment> e)
    {
        e.ToTable("governance_board_appointment");
        e.HasKey(a => a.Id);
        e.Property(a => a.PersonName).HasMaxLength(200);
        e.HasIndex(a => new { a.AssociationId, a.OrganisationId, a.TermStart });
        e.BelongsToAssociation();
        e.ForeignKey(a => a.OrganisationId).To<Organisation>();
        e.ForeignKey(a => a.AppointedByOrganisationId).To<Organisation>();
    }
}

internal sealed class AuditorConfiguration : IEntityTypeConfiguration<Auditor>
{
    public void Configure(EntityTypeBuilder<Auditor> e)
    {
        e.ToTable("governance_auditor");
        e.HasKey(a => a.Id);
        e.Property(a => a.PersonName).HasMaxLength(200);
        e.Property(a => a.Firm).HasMaxLength(200);
        e.HasIndex(a => new { a.AssociationId, a.TermStart });
        e.BelongsToAssociation();
        e.ForeignKey(a => a.AppointedByOrganisationId).To<Organisation>();
    }
}

internal sealed class BoardMeetingConfiguration : IEntityTypeConfiguration<BoardMeeting>
{
    public void Configure(EntityTypeBuilder<BoardMeeting> e)
    {
        e.ToTable("governance_meeting");
        e.HasKey(m => m.Id);
        e.Property(m => m.Place).HasMaxLength(200);
        e.HasIndex(m => new { m.AssociationId, m.Date });
        e.BelongsToAssociation();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> e)
    {
        e.ToTable("governance_agenda_item");
        e.HasKey(a => a.Id);
        e.Property(a => a.Title).HasMaxLength(300);
        e.Property(a => a.Description).HasMaxLength(4000);
        e.HasIndex(a => new { a.MeetingId, a.Position });
        e.ForeignKey(a => a.MeetingId).To<BoardMeeting>();
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> e)
    {
        e.ToTable("governance_attendance");
        e.HasKey(a => a.Id);
        e.HasIndex(a => new { a.MeetingId, a.AppointmentId }).IsUnique();
        e.ForeignKey(a => a.MeetingId).To<BoardMeeting>();
        e.ForeignKey(a => a.AppointmentId).To<BoardAppointment>();
        e.ForeignKey(a => a.ReplacesAppointmentId).To<BoardAppointment>();
    }
}

internal sealed class BoardDecisionConfiguration : IEntityTypeConfiguration<BoardDecision>
{
    public void Configure(EntityTypeBuilder<BoardDecision> e)
    {
        e.ToTable("governance_decision");
        e.HasKey(d => d.Id);
        e.Property(d => d.Title).HasMaxLength(300);
        e.Property(d => d.Text).HasMaxLength(8000);
        e.Property(d => d.LinkText).HasMaxLength(400);
        e.HasIndex(d => new { d.AssociationId, d.Year, d.Number }).IsUnique();
        e.HasIndex(d => d.MeetingId);
        e.ForeignKey(d => d.MeetingId).To<BoardMeeting>();
        e.ForeignKey(d => d.AgendaItemId).To<AgendaItem>();
        e.HasMany(d => d.Votes).WithOne().HasForeignKey(v => v.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionVoteConfiguration : IEntityTypeConfiguration<DecisionVote>
{
    public void Configure(EntityTypeBuilder<DecisionVote> e)
    {
        e.ToTable("governance_decision_vote");
        e.HasKey(v => v.Id);
        e.HasIndex(v => new { v.DecisionId, v.AppointmentId }).IsUnique();
        e.ForeignKey(v => v.AppointmentId).To<BoardAppointment>();
    }
}

internal sealed class DischargeConfiguration : IEntityTypeConfiguration<Discharge>
{
    public void Configure(EntityTypeBuilder<Discharge> e)
    {
        e.ToTable("governance_discharge");
        e.HasKey(d => d.Id);
        e.Property(d => d.Note).HasMaxLength(2000);
        e.HasIndex(d => new { d.AssociationId, d.Year, d.OrganisationId }).IsUnique();
        e.BelongsToAssociation();
        e.ForeignKey(d => d.OrganisationId).To<Organisation>();
    }
}
