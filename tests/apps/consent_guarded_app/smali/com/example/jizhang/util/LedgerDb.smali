.class public final Lcom/example/jizhang/util/LedgerDb;
.super Landroid/database/sqlite/SQLiteOpenHelper;
.source "LedgerDb.java"


# static fields
.field private static sInstance:Lcom/example/jizhang/util/LedgerDb;


# direct methods
.method private constructor <init>(Landroid/content/Context;)V
    .registers 5

    const-string v0, "ledger.db"

    const/4 v1, 0x0

    const/4 v2, 0x3

    invoke-direct {p0, p1, v0, v1, v2}, Landroid/database/sqlite/SQLiteOpenHelper;-><init>(Landroid/content/Context;Ljava/lang/String;Landroid/database/sqlite/SQLiteDatabase$CursorFactory;I)V

    return-void
.end method

.method public static declared-synchronized open(Landroid/content/Context;)Lcom/example/jizhang/util/LedgerDb;
    .registers 3

    const-class v0, Lcom/example/jizhang/util/LedgerDb;

    monitor-enter v0

    :try_start_3
    sget-object v1, Lcom/example/jizhang/util/LedgerDb;->sInstance:Lcom/example/jizhang/util/LedgerDb;

    if-nez v1, :cond_14

    new-instance v1, Lcom/example/jizhang/util/LedgerDb;

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object p0

    invoke-direct {v1, p0}, Lcom/example/jizhang/util/LedgerDb;-><init>(Landroid/content/Context;)V

    sput-object v1, Lcom/example/jizhang/util/LedgerDb;->sInstance:Lcom/example/jizhang/util/LedgerDb;

    :cond_14
    sget-object p0, Lcom/example/jizhang/util/LedgerDb;->sInstance:Lcom/example/jizhang/util/LedgerDb;
    :try_end_16
    .catchall {:try_start_3 .. :try_end_16} :catchall_18

    monitor-exit v0

    return-object p0

    :catchall_18
    move-exception p0

    monitor-exit v0

    throw p0
.end method


# virtual methods
.method public monthTotalText()Ljava/lang/String;
    .registers 5

    invoke-virtual {p0}, Lcom/example/jizhang/util/LedgerDb;->getReadableDatabase()Landroid/database/sqlite/SQLiteDatabase;

    move-result-object v0

    const-string v1, "SELECT SUM(amount) FROM entries WHERE month = strftime('%Y-%m','now')"

    const/4 v2, 0x0

    invoke-virtual {v0, v1, v2}, Landroid/database/sqlite/SQLiteDatabase;->rawQuery(Ljava/lang/String;[Ljava/lang/String;)Landroid/database/Cursor;

    move-result-object v0

    const-string v1, "0.00"

    invoke-interface {v0}, Landroid/database/Cursor;->moveToFirst()Z

    move-result v3

    if-eqz v3, :cond_1a

    const/4 v3, 0x0

    invoke-interface {v0, v3}, Landroid/database/Cursor;->getString(I)Ljava/lang/String;

    move-result-object v1

    :cond_1a
    invoke-interface {v0}, Landroid/database/Cursor;->close()V

    return-object v1
.end method

.method public onCreate(Landroid/database/sqlite/SQLiteDatabase;)V
    .registers 3

    const-string v0, "CREATE TABLE entries (_id INTEGER PRIMARY KEY, amount REAL, category TEXT, note TEXT, month TEXT)"

    invoke-virtual {p1, v0}, Landroid/database/sqlite/SQLiteDatabase;->execSQL(Ljava/lang/String;)V

    return-void
.end method

.method public onUpgrade(Landroid/database/sqlite/SQLiteDatabase;II)V
    .registers 5

    const-string v0, "ALTER TABLE entries ADD COLUMN note TEXT"

    invoke-virtual {p1, v0}, Landroid/database/sqlite/SQLiteDatabase;->execSQL(Ljava/lang/String;)V

    return-void
.end method
