.class public final Lcom/example/ledger/data/LedgerRepository;
.super Ljava/lang/Object;
.source "LedgerRepository.java"


# static fields
.field private static sInstance:Lcom/example/ledger/data/LedgerRepository;


# instance fields
.field private final prefs:Landroid/content/SharedPreferences;


# direct methods
.method private constructor <init>(Landroid/content/Context;)V
    .registers 4

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const-string v0, "ledger_book"

    const/4 v1, 0x0

    invoke-virtual {p1, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    iput-object v0, p0, Lcom/example/ledger/data/LedgerRepository;->prefs:Landroid/content/SharedPreferences;

    return-void
.end method

.method public static declared-synchronized open(Landroid/content/Context;)Lcom/example/ledger/data/LedgerRepository;
    .registers 3

    const-class v0, Lcom/example/ledger/data/LedgerRepository;

    monitor-enter v0

    :try_start_3
    sget-object v1, Lcom/example/ledger/data/LedgerRepository;->sInstance:Lcom/example/ledger/data/LedgerRepository;

    if-nez v1, :cond_14

    new-instance v1, Lcom/example/ledger/data/LedgerRepository;

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object p0

    invoke-direct {v1, p0}, Lcom/example/ledger/data/LedgerRepository;-><init>(Landroid/content/Context;)V

    sput-object v1, Lcom/example/ledger/data/LedgerRepository;->sInstance:Lcom/example/ledger/data/LedgerRepository;

    :cond_14
    sget-object v1, Lcom/example/ledger/data/LedgerRepository;->sInstance:Lcom/example/ledger/data/LedgerRepository;
    :try_end_16
    .catchall {:try_start_3 .. :try_end_16} :catchall_18

    monitor-exit v0

    return-object v1

    :catchall_18
    move-exception p0

    monitor-exit v0

    throw p0
.end method


# virtual methods
.method public addExpense(JLjava/lang/String;)V
    .registers 8

    iget-object v0, p0, Lcom/example/ledger/data/LedgerRepository;->prefs:Landroid/content/SharedPreferences;

    const-string v1, "month_expense_fen"

    const-wide/16 v2, 0x0

    invoke-interface {v0, v1, v2, v3}, Landroid/content/SharedPreferences;->getLong(Ljava/lang/String;J)J

    move-result-wide v2

    add-long/2addr v2, p1

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0, v1, v2, v3}, Landroid/content/SharedPreferences$Editor;->putLong(Ljava/lang/String;J)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string v1, "last_category"

    invoke-interface {v0, v1, p3}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    return-void
.end method

.method public monthSummaryText()Ljava/lang/String;
    .registers 6

    iget-object v0, p0, Lcom/example/ledger/data/LedgerRepository;->prefs:Landroid/content/SharedPreferences;

    const-string v1, "month_expense_fen"

    const-wide/16 v2, 0x0

    invoke-interface {v0, v1, v2, v3}, Landroid/content/SharedPreferences;->getLong(Ljava/lang/String;J)J

    move-result-wide v0

    long-to-double v0, v0

    const-wide/high16 v2, 0x4059000000000000L    # 100.0

    div-double/2addr v0, v2

    const-string v2, "\u672c\u6708\u652f\u51fa \u00a5%.2f"

    const/4 v3, 0x1

    new-array v3, v3, [Ljava/lang/Object;

    invoke-static {v0, v1}, Ljava/lang/Double;->valueOf(D)Ljava/lang/Double;

    move-result-object v0

    const/4 v4, 0x0

    aput-object v0, v3, v4

    invoke-static {v2, v3}, Ljava/lang/String;->format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;

    move-result-object v0

    return-object v0
.end method
