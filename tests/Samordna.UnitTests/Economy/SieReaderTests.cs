using System.Text;
using Samordna.Web.Domain;
using Samordna.Web.Features.Economy.Sie;
using static Samordna.UnitTests.Economy.SieTestFiles;

namespace Samordna.UnitTests.Economy;

public sealed class SieReaderTests
{
    [Fact]
    public void A_complete_4E_file_is_read_record_by_record()
    {
        var file = Read(Complete());

        Assert.Empty(file.Errors);
        Assert.Empty(file.Warnings);
        Assert.Equal(0, file.Flag);
        Assert.Equal("Exempelbokföring", file.Program);
        Assert.Equal("1.0", file.ProgramVersion);
        Assert.Equal("PC8", file.Format);
        Assert.Equal(4, file.SieType);
        Assert.Equal("222000-1234", file.OrgNo);
        Assert.Equal("Samordningsförbundet Exempel", file.CompanyName);
        Assert.Equal(SieEncoding.Cp437, file.Encoding);
        Assert.Equal([new SieYear(0, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 8), new SieYear(-1, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), 9)], file.Years);
        Assert.Equal(["1930", "2440", "3010", "5410"], file.Accounts.Keys);
        Assert.Equal("Leverantörsskulder", file.Accounts["2440"].Name);
        Assert.Equal(["T", "S", "I", "K"], file.Accounts.Values.Select(a => a.Type));
        Assert.Equal([new SieDimension("1", "Kostnadsställe", null, 18), new SieDimension("6", "Projekt", null, 19), new SieDimension("21", "Delprojekt", "6", 20)], file.Dimensions);
        Assert.Equal([new SieObject("1", "100", "Kansliet", 21), new SieObject("6", "P7", "Insats Steg", 22)], file.Objects);
        Assert.Equal(new Sek(10_000_00), file.BalancesOf(SieBalanceKind.Opening)["1930"]);
        Assert.Equal(new Sek(-2_000_00), file.BalancesOf(SieBalanceKind.Opening)["2440"]);
        Assert.Equal(new Sek(10_000_00), file.BalancesOf(SieBalanceKind.Closing, -1)["1930"]);
        Assert.Equal(new Sek(-100_000_00), file.BalancesOf(SieBalanceKind.Result)["3010"]);
        Assert.Equal(2, file.ObjectBalances.Count);
        Assert.True(file.ObjectBalances[0].Opening);
        Assert.Equal([new SieObjectRef("1", "100")], file.ObjectBalances[1].Objects);
        Assert.Equal(new Sek(108_000_00), file.ObjectBalances[1].Amount);
        Assert.Equal(3, file.PeriodBalances.Count);
        Assert.Equal(("202403", "3010", 0, -100_000_00L), (file.PeriodBalances[0].Period, file.PeriodBalances[0].Account, file.PeriodBalances[0].Objects.Count, file.PeriodBalances[0].Amount.Ore));
        Assert.Equal([new SieObjectRef("6", "P7")], file.PeriodBalances[1].Objects);
        Assert.True(file.PeriodBalances[2].Budget);

        Assert.Equal(2, file.VoucherCount);
        var a1 = file.Vouchers[0];
        Assert.Equal(("A", "1", new DateOnly(2024, 3, 15), "Medlemsbidrag kommunen"), (a1.Series, a1.Number, a1.Date!.Value, a1.Text));
        Assert.Equal(new SieTransaction(SieRowKind.Normal, "3010", a1.Rows[1].Objects, new Sek(-100_000_00), new DateOnly(2024, 3, 15), "Bidrag", 39), a1.Rows[1]);
        Assert.Equal([new SieObjectRef("6", "P7")], a1.Rows[1].Objects);
        var b1 = file.Vouchers[1];
        Assert.Equal([SieRowKind.Normal, SieRowKind.Removed, SieRowKind.Added], b1.Rows.Select(r => r.Kind));
        Assert.Equal(SieChecksumStatus.Absent, file.Checksum);
        Assert.True(file.CanImport);
    }

    [Fact]
    public void An_RTRANS_and_the_TRANS_that_repeats_it_count_once_and_a_BTRANS_not_at_all()
    {
        var file = Read(Complete());

        // A 1: two rows; B 1: 5410, the #RTRANS (its #TRANS repeat skipped), the #BTRANS not counted.
        Assert.Equal(4, file.TransactionCount);
        Assert.Equal(new Sek(100_000_00 - 2_000_00), file.TransactionTotals["1930"].Sum);
        Assert.Equal(2, file.TransactionTotals["1930"].Rows);
        Assert.Empty(file.UnbalancedVouchers);
    }

    [Fact]
    public void An_RTRANS_without_its_repeat_counts_once_with_a_warning()
    {
        var file = Read(["#FLAGGA 0", "#SIETYP 4", "#VER A 1 20240101", "{", "#TRANS 1930 {} 100", "#RTRANS 3010 {} -100", "}"]);

        Assert.Equal(2, file.TransactionCount);
        Assert.Empty(file.Errors);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((6, SieProblemCodes.RowRepeatMissing), (warning.Line, warning.Code));
    }

    [Fact]
    public void A_type_4I_file_has_vouchers_only_with_an_empty_year_and_empty_voucher_numbers()
    {
        var file = Read(["#FLAGGA 0", "#PROGRAM \"Lön\" 3", "#FORMAT PC8", "#SIETYP 4", "#RAR 0", "#VER \"\" \"\" 20240125 \"Lön januari\"", "{", "#TRANS 7010 {} 30000", "#TRANS 1930 {} -30000", "}"]);

        Assert.Empty(file.Errors);
        Assert.Equal([new SieYear(0, null, null, 5)], file.Years);
        Assert.Equal(("", ""), (file.Vouchers[0].Series, file.Vouchers[0].Number));
        Assert.Equal(2, file.TransactionCount);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Broken_financial_years_are_read_as_written()
    {
        var file = Read(["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20230501 20250630", "#RAR -1 20221001 20230430", "#VER A 1 20250630", "{", "}"]);

        Assert.Empty(file.Errors);
        Assert.Empty(file.Warnings);
        Assert.Equal(new DateOnly(2025, 6, 30), file.CurrentYear!.End);
        Assert.Equal(new DateOnly(2022, 10, 1), file.Years[1].Start);
    }

    [Fact]
    public void A_year_with_a_malformed_date_or_ending_before_it_starts_is_an_error()
    {
        var file = Read(["#FLAGGA 0", "#RAR 0 2024 20241231", "#RAR -1 20231231 20230101"]);

        Assert.Equal([2, 3], file.Errors.Select(e => e.Line));
        Assert.StartsWith("Rad 2: #RAR har datumet \"2024\"", file.Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(file.Years);
    }

    [Fact]
    public void A_missing_SIETYP_means_type_1()
    {
        var file = Read(["#FLAGGA 0", "#UB 0 1930 5"]);

        Assert.Null(file.DeclaredSieType);
        Assert.Equal(1, file.SieType);
    }

    [Fact]
    public void Code_page_437_bytes_are_read_as_Swedish_letters()
    {
        // å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99 (sie4.md §2).
        byte[] bytes = [.. Encoding.ASCII.GetBytes("#FLAGGA 0\r\n#FNAMN \""), 0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, .. Encoding.ASCII.GetBytes("\"\r\n")];

        var file = Read(bytes);

        Assert.Equal("åäöÅÄÖ", file.CompanyName);
        Assert.Equal(SieEncoding.Cp437, file.Encoding);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void UTF8_bytes_behind_FORMAT_PC8_are_read_as_UTF8_with_a_warning_and_the_checksum_is_over_the_cp437_bytes()
    {
        var lines = WithChecksum(["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#KONTO 1930 \"Företagskonto\"", "#FNAMN \"Åbro Öl\""]);

        var file = Read(lines, new UTF8Encoding(false));

        Assert.Equal(SieEncoding.Utf8, file.Encoding);
        Assert.Equal("Företagskonto", file.Accounts["1930"].Name);
        Assert.Equal("Åbro Öl", file.CompanyName);
        Assert.Equal(SieChecksumStatus.Valid, file.Checksum);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((5, SieProblemCodes.EncodingUtf8), (warning.Line, warning.Code));
    }

    [Fact]
    public void Latin9_bytes_are_read_when_the_user_says_so_and_flagged_when_read_as_cp437()
    {
        var lines = new[] { "#FLAGGA 0", "#FNAMN \"Sjöbo Förbund\"" };

        var chosen = Read(lines, Latin9, new SieReaderOptions { Encoding = SieEncoding.Latin9 });
        var automatic = Read(lines, Latin9);

        Assert.Equal(("Sjöbo Förbund", SieEncoding.Latin9), (chosen.CompanyName, chosen.Encoding));
        Assert.Empty(chosen.Warnings);
        Assert.Equal(SieEncoding.Cp437, automatic.Encoding);
        Assert.Equal("Sj÷bo F÷rbund", automatic.CompanyName);
        Assert.Equal(SieProblemCodes.EncodingLooksLatin9, Assert.Single(automatic.Warnings).Code);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_label()
    {
        var file = Read([0xEF, 0xBB, 0xBF, .. Bytes(["#FLAGGA 1", "#SIETYP 2"], Encoding.ASCII)]);

        Assert.Equal((1, 2), (file.Flag, file.SieType));
        Assert.Equal(SieProblemCodes.AlreadyImported, Assert.Single(file.Warnings, w => w.Code != SieProblemCodes.EncodingUtf8).Code);
    }

    [Fact]
    public void TAB_separators_several_spaces_and_empty_object_lists_with_a_space_are_read()
    {
        var file = Read(["#FLAGGA\t0", "#KONTO\t1930\t\"Bank konto\"", "", "#VER\tA\t1\t20240101", "{", "#TRANS\t1930\t{ }\t100.00", "#TRANS 3010  {}   -100", "}", "   "]);

        Assert.Empty(file.Errors);
        Assert.Equal("Bank konto", file.Accounts["1930"].Name);
        Assert.Equal(2, file.TransactionCount);
        Assert.Equal(new Sek(-100_00), file.TransactionTotals["3010"].Sum);
    }

    [Fact]
    public void Quoted_numbers_dates_and_labels_are_read_as_their_content()
    {
        var file = Read(["#FLAGGA 0", "#FORMAT \"PC8\"", "#SIETYP \"4\"", "#RAR \"0\" \"20240101\" \"20241231\"", "#IB \"0\" \"1930\" \"250.50\"",
            "#VER \"A\" \"12\" \"20240301\"", "{", "\"#TRANS\" \"1930\" {} \"-250.50\"", "#TRANS \"2440\" {\"1\" \"100\"} \"250.5\"", "}"]);

        Assert.Empty(file.Errors);
        Assert.Equal(4, file.SieType);
        Assert.Equal(new Sek(250_50), file.BalancesOf(SieBalanceKind.Opening)["1930"]);
        Assert.Equal(("A", "12"), (file.Vouchers[0].Series, file.Vouchers[0].Number));
        Assert.Equal([new SieObjectRef("1", "100")], file.Vouchers[0].Rows[1].Objects);
        Assert.Equal(2, file.TransactionCount);
    }

    [Fact]
    public void Escaped_quotes_are_quotes_and_other_backslashes_are_themselves()
    {
        var file = Read(["#FLAGGA 0", "#KONTO 1915 \"Kassa \\\"special\\\"\"", "#FNR \"C:\\ProgramData\\SPCS\\\"", "#FNAMN \"A\\B \\\"C\\\"\""]);

        Assert.Empty(file.Errors);
        Assert.Equal("Kassa \"special\"", file.Accounts["1915"].Name);
        Assert.Equal("A\\B \"C\"", file.CompanyName);
    }

    [Fact]
    public void An_unquoted_name_with_spaces_is_read_whole()
    {
        var file = Read(["#FLAGGA 0", "#FNAMN Övningsbolaget AB", "#KONTO 1930 Bank och kassa"]);

        Assert.Equal("Övningsbolaget AB", file.CompanyName);
        Assert.Equal("Bank och kassa", file.Accounts["1930"].Name);
    }

    [Fact]
    public void Accounts_keep_leading_zeros_and_letters_and_non_numeric_ones_are_flagged()
    {
        var file = Read(["#FLAGGA 0", "#KONTO 0351 \"Gammalt konto\"", "#KONTO 11AF \"Konstigt\"", "#KONTO 193001 \"Sexsiffrigt\"", "#IB 0 0351 10",
            "#VER A 1 20240101", "{", "#TRANS 0351 {} 10", "#TRANS 11AF {} -10", "}"]);

        Assert.Equal(["0351", "11AF", "193001"], file.Accounts.Keys);
        Assert.Equal(new Sek(10_00), file.BalancesOf(SieBalanceKind.Opening)["0351"]);
        Assert.Equal(["0351", "11AF"], file.TransactionTotals.Keys.Order(StringComparer.Ordinal));
        var flagged = Assert.Single(file.Warnings, w => w.Code == SieProblemCodes.AccountNotNumeric);
        Assert.Equal(3, flagged.Line);
        Assert.Empty(file.Errors);
    }

    [Fact]
    public void Unknown_records_and_extra_fields_are_ignored_even_inside_a_voucher()
    {
        var file = Read(["#FLAGGA 0", "#SRU 1930 7281", "#TAXAR 2025", "#NYPOST \"x\" {1 2} 3", "#ENHET 1930 st", "#KONTO 1930 \"Bank\" extra 17",
            "#VER A 1 20240101 \"t\" 20240102 \"sign\" framtida", "{", "#FRAMTID 1 2 3", "#TRANS 1930 {} 5 20240101 \"t\" 1 \"sign\" mer", "#TRANS 3010 {} -5", "}"]);

        Assert.Empty(file.Errors);
        Assert.Empty(file.Warnings);
        Assert.Equal("Bank", file.Accounts["1930"].Name);
        Assert.Equal(2, file.TransactionCount);
    }

    [Theory]
    [InlineData("1000", 100000)]
    [InlineData("-212.5", -21250)]
    [InlineData("0.05", 5)]
    [InlineData("-0.50", -50)]
    [InlineData("12.500", 1250)]
    [InlineData("123456789012.34", 12345678901234)]
    [InlineData(".5", 50)]
    public void Amounts_are_read_exactly(string text, long ore)
    {
        Assert.True(SieValue.TryAmount(text, out var amount));
        Assert.Equal(new Sek(ore), amount);
    }

    [Theory]
    [InlineData("12,50")]
    [InlineData("12.505")]
    [InlineData("1e5")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1 000")]
    [InlineData("99999999999999999999")]
    public void Amounts_that_are_not_SIE_amounts_are_refused(string text) => Assert.False(SieValue.TryAmount(text, out _));

    [Fact]
    public void A_broken_line_is_an_error_naming_the_line_and_is_not_applied()
    {
        var file = Read(["#FLAGGA 0", "#SIETYP 4", "#KONTO 1930 \"Bank", "#IB 0 1930 12,50", "#VER A 1 20240101", "{", "#TRANS 1930 {1 \"100\" 100", "#TRANS 3010 {} -100", "}", "Hej"]);

        Assert.False(file.CanImport);
        Assert.Equal([(3, SieProblemCodes.BrokenLine), (4, SieProblemCodes.BrokenLine), (7, SieProblemCodes.BrokenLine), (10, SieProblemCodes.BrokenLine)], file.Errors.Select(e => (e.Line, e.Code)));
        Assert.Equal("Rad 3: raden kan inte läsas: ett citattecken avslutas aldrig. Raden har inte lästs in.", file.Errors[0].Message);
        Assert.Equal("Rad 7: raden kan inte läsas: en objektlista som börjar med { avslutas aldrig med }. Raden har inte lästs in.", file.Errors[2].Message);
        Assert.StartsWith("Rad 10: raden börjar inte med en SIE-etikett", file.Errors[3].Message, StringComparison.Ordinal);
        Assert.Empty(file.Accounts);
        Assert.Empty(file.Balances);
        Assert.Empty(file.UnbalancedVouchers); // the voucher with the broken row is not also called unbalanced
    }

    [Fact]
    public void Rows_outside_a_voucher_and_a_voucher_never_closed_are_errors()
    {
        var file = Read(["#FLAGGA 0", "#TRANS 1930 {} 100", "#VER A 1 20240101", "{", "#TRANS 1930 {} 100", "#TRANS 3010 {} -100"]);

        Assert.Equal([(2, SieProblemCodes.VoucherStructure), (3, SieProblemCodes.VoucherStructure)], file.Errors.Select(e => (e.Line, e.Code)));
        Assert.Equal("Rad 2: #TRANS står utanför en verifikation (raderna ska stå mellan { och } efter en #VER). Raden har inte lästs in.", file.Errors[0].Message);
        Assert.Equal(1, file.VoucherCount);
        Assert.Equal(2, file.TransactionCount);
    }

    [Fact]
    public void An_unbalanced_voucher_is_an_error_unless_the_user_accepts_it()
    {
        string[] lines = ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#VER A 7 20240412 \"Fel\"", "{", "#TRANS 1930 {} 102.00", "#TRANS 3010 {} -100.00", "}"];

        var refused = Read(lines);
        var accepted = Read(lines, options: new SieReaderOptions { AcceptUnbalancedVouchers = true });

        var error = Assert.Single(refused.Errors);
        Assert.Equal((4, SieProblemCodes.VoucherUnbalanced), (error.Line, error.Code));
        Assert.StartsWith("Rad 4: verifikation A 7 (2024-04-12) balanserar inte: raderna summerar till 2,00 kr", error.Message, StringComparison.Ordinal);
        Assert.Equal([new SieUnbalancedVoucher("A", "7", new DateOnly(2024, 4, 12), new Sek(2_00), 4)], refused.UnbalancedVouchers);
        Assert.True(accepted.CanImport);
        Assert.Equal(SieProblemCodes.VoucherUnbalanced, Assert.Single(accepted.Warnings).Code);
        Assert.Single(accepted.UnbalancedVouchers);
    }

    [Fact]
    public void Opening_balance_plus_transactions_differing_from_the_closing_balance_is_a_warning()
    {
        var file = Read(["#FLAGGA 0", "#SIETYP 4", "#IB 0 1930 1000", "#UB 0 1930 1400", "#UB 0 2440 -50", "#VER A 1 20240101", "{", "#TRANS 1930 {} 500", "#TRANS 3010 {} -500", "}"]);

        Assert.Empty(file.Errors);
        Assert.Equal([(4, "1930"), (5, "2440")], file.Warnings.Select(w => (w.Line, w.Message.Split(':')[1].Trim()[6..])));
        Assert.All(file.Warnings, w => Assert.Equal(SieProblemCodes.BalanceMismatch, w.Code));
        Assert.Contains("skillnad −100,00 kr", file.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voucher_dated_outside_the_year_is_a_warning()
    {
        var file = Read(["#FLAGGA 0", "#RAR 0 20240501 20250430", "#VER A 1 20240430", "{", "}", "#VER A 2 20240501", "{", "}"]);

        var warning = Assert.Single(file.Warnings);
        Assert.Equal((3, SieProblemCodes.VoucherOutsideYear), (warning.Line, warning.Code));
        Assert.Equal("Rad 3: verifikation A 1 är daterad 2024-04-30, utanför räkenskapsåret 2024-05-01–2025-04-30.", warning.Message);
    }

    [Fact]
    public void An_account_whose_name_changes_is_a_warning_and_keeps_the_later_name()
    {
        var file = Read(["#FLAGGA 0", "#KONTO 1930 \"Bank\"", "#KONTO 1930 \"Bank\"", "#KONTO 1930 \"Företagskonto\""]);

        var warning = Assert.Single(file.Warnings);
        Assert.Equal((4, SieProblemCodes.AccountRenamed), (warning.Line, warning.Code));
        Assert.Equal("Rad 4: konto 1930 hette \"Bank\" på rad 2 men heter här \"Företagskonto\"; det senare namnet används.", warning.Message);
        Assert.Equal("Företagskonto", file.Accounts["1930"].Name);
        Assert.Single(file.Accounts);
    }

    [Fact]
    public void A_file_without_records_is_not_a_SIE_file()
    {
        var file = Read(Encoding.ASCII.GetBytes("Hej\n"));

        Assert.Contains(file.Errors, e => e.Code == SieProblemCodes.NotSie);
    }

    [Fact]
    public void Without_kept_vouchers_the_counts_and_sums_are_the_same()
    {
        var kept = Read(Complete());
        var counted = Read(Complete(), options: new SieReaderOptions { KeepVouchers = false });

        Assert.Empty(counted.Vouchers);
        Assert.Equal((kept.VoucherCount, kept.TransactionCount), (counted.VoucherCount, counted.TransactionCount));
        Assert.Equal(kept.TransactionTotals.Values.Select(t => (t.Account, t.Sum, t.Rows)), counted.TransactionTotals.Values.Select(t => (t.Account, t.Sum, t.Rows)));
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("4E", 4)]
    [InlineData("4I", 4)]
    [InlineData("\"2\"", 2)]
    public void The_SIE_type_is_read_with_4E_and_4I_as_4(string written, int type)
    {
        var file = Read(["#FLAGGA 0", "#SIETYP " + written]);

        Assert.Empty(file.Errors);
        Assert.Equal(type, file.SieType);
    }

    [Fact]
    public void Years_keep_the_file_order()
    {
        var file = Read(["#FLAGGA 0", "#RAR -1 20230101 20231231", "#RAR 0 20240101 20241231"]);

        Assert.Equal([-1, 0], file.Years.Select(y => y.Index));
    }

    [Fact]
    public void A_SIE_type_that_does_not_exist_is_an_error()
    {
        var file = Read(["#FLAGGA 0", "#SIETYP 5"]);

        Assert.Equal((2, SieProblemCodes.BrokenLine), (Assert.Single(file.Errors).Line, file.Errors[0].Code));
    }

    [Fact]
    public void A_broken_VER_line_is_one_error_and_its_rows_stay_with_it()
    {
        var file = Read(["#FLAGGA 0", "#VER A 1 20240101 \"Text utan slut", "{", "#TRANS 1930 {} 100", "#TRANS 3010 {} -90", "}", "#VER A 2 20240102", "{", "}"]);

        Assert.Equal(2, Assert.Single(file.Errors).Line);
        Assert.Equal(2, file.VoucherCount);
        Assert.Equal(2, file.TransactionCount);
        Assert.Empty(file.UnbalancedVouchers);
    }

    [Fact]
    public void A_DOS_end_of_file_mark_is_not_a_broken_line()
    {
        var file = Read([.. Bytes(WithChecksum(["#FLAGGA 0", "#SIETYP 1", "#UB 0 1930 5"])), 0x1A]);

        Assert.Empty(file.Errors);
        Assert.Equal(SieChecksumStatus.Valid, file.Checksum);
    }
}
