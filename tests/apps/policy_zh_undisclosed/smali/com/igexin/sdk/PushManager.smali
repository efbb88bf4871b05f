.class public Lcom/igexin/sdk/PushManager;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field private static volatile a:Lcom/igexin/sdk/PushManager;


# instance fields
.field private b:Z


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getInstance()Lcom/igexin/sdk/PushManager;
    .registers 2

    sget-object v0, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    if-nez v0, :cond_0

    new-instance v0, Lcom/igexin/sdk/PushManager;

    invoke-direct {v0}, Lcom/igexin/sdk/PushManager;-><init>()V

    sput-object v0, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    :cond_0
    return-object v0
.end method


# virtual methods
.method public getClientid(Landroid/content/Context;)Ljava/lang/String;
    .registers 5

    const-string v0, "getui_sdk_config"

    const/4 v1, 0x0

    invoke-virtual {p1, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v1, "cid"

    const/4 v2, 0x0

    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;

    move-result-object v0

    return-object v0
.end method

.method public initialize(Landroid/content/Context;)V
    .registers 4

    iget-boolean v0, p0, Lcom/igexin/sdk/PushManager;->b:Z

    if-eqz v0, :cond_0

    return-void

    :cond_0
    const/4 v0, 0x1

    iput-boolean v0, p0, Lcom/igexin/sdk/PushManager;->b:Z

    invoke-virtual {p1}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-static {v0}, Lcom/igexin/push/core/e;->a(Landroid/content/Context;)V

    new-instance v1, Landroid/content/Intent;

    const-class p1, Lcom/igexin/sdk/PushService;

    invoke-direct {v1, v0, p1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {v0, v1}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;

    return-void
.end method

.method public turnOffPush(Landroid/content/Context;)V
    .registers 2

    const/4 v0, 0x0

    iput-boolean v0, p0, Lcom/igexin/sdk/PushManager;->b:Z

    return-void
.end method
