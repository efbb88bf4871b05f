.class public Lcom/igexin/sdk/PushManager;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field private static a:Lcom/igexin/sdk/PushManager;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getInstance()Lcom/igexin/sdk/PushManager;
    .registers 1

    sget-object v0, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    if-nez v0, :cond_b

    new-instance v0, Lcom/igexin/sdk/PushManager;

    invoke-direct {v0}, Lcom/igexin/sdk/PushManager;-><init>()V

    sput-object v0, Lcom/igexin/sdk/PushManager;->a:Lcom/igexin/sdk/PushManager;

    :cond_b
    return-object v0
.end method


# virtual methods
.method public initialize(Landroid/content/Context;)V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/igexin/sdk/PushService;

    invoke-direct {v0, p1, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p1, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;

    return-void
.end method
