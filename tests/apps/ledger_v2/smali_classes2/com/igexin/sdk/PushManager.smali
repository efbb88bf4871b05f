.class public Lcom/igexin/sdk/PushManager;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field private static volatile a:Lcom/igexin/sdk/PushManager;


# instance fields
.field private b:Landroid/content/Context;

.field private c:Z


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getInstance()Lcom/igexin/sdk/PushManager;
    .registers 2

    sget-object v0, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    if-nez v0, :cond_17

    const-class v0, Lcom/igexin/sdk/PushManager;

    monitor-enter v0

    :try_start_7
    sget-object v1, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    if-nez v1, :cond_12

    new-instance v1, Lcom/igexin/sdk/PushManager;

    invoke-direct {v1}, Lcom/igexin/sdk/PushManager;-><init>()V

    sput-object v1, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    :cond_12
    monitor-exit v0
    :try_end_13
    .catchall {:try_start_7 .. :try_end_13} :catchall_14

    goto :goto_17

    :catchall_14
    move-exception v1

    :try_start_15
    monitor-exit v0
    :try_end_16
    .catchall {:try_start_15 .. :try_end_16} :catchall_14

    throw v1

    :cond_17
    :goto_17
    sget-object v0, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    return-object v0
.end method


# virtual methods
.method public getClientid(Landroid/content/Context;)Ljava/lang/String;
    .registers 5

    const-string v0, "getui_sp"

    const/4 v1, 0x0

    invoke-virtual {p1, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v1, "cid"

    const-string v2, ""

    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;

    move-result-object v0

    return-object v0
.end method

.method public initialize(Landroid/content/Context;)V
    .registers 5

    if-nez p1, :cond_3

    return-void

    :cond_3
    invoke-virtual {p1}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    iput-object v0, p0, Lcom/igexin/sdk/PushManager;->b:Landroid/content/Context;

    const/4 v1, 0x1

    iput-boolean v1, p0, Lcom/igexin/sdk/PushManager;->c:Z

    new-instance v1, Landroid/content/Intent;

    const-class v2, Lcom/igexin/sdk/PushService;

    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    :try_start_14
    invoke-virtual {v0, v1}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    :try_end_17
    .catch Ljava/lang/Throwable; {:try_start_14 .. :try_end_17} :catch_18

    return-void

    :catch_18
    move-exception v1

    return-void
.end method

.method public preInit(Landroid/content/Context;)V
    .registers 3

    invoke-virtual {p1}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    iput-object v0, p0, Lcom/igexin/sdk/PushManager;->b:Landroid/content/Context;

    return-void
.end method
