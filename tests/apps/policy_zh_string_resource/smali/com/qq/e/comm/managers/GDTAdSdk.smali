.class public Lcom/qq/e/comm/managers/GDTAdSdk;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field private static a:Z

.field private static b:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static initWithoutStart(Landroid/content/Context;Ljava/lang/String;)V
    .registers 2

    sput-object p1, Lcom/qq/e/comm/managers/GDTAdSdk;->b:Ljava/lang/String;

    return-void
.end method

.method public static isInitSuccess()Z
    .registers 1

    sget-boolean v0, Lcom/qq/e/comm/managers/GDTAdSdk;->a:Z

    return v0
.end method

.method public static start(Landroid/content/Context;)V
    .registers 2

    sget-boolean v0, Lcom/qq/e/comm/managers/GDTAdSdk;->a:Z

    if-nez v0, :cond_0

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-static {v0}, Lcom/qq/e/comm/managers/status/DeviceStatus;->collect(Landroid/content/Context;)Lcom/qq/e/comm/managers/status/DeviceStatus;

    const/4 v0, 0x1

    sput-boolean v0, Lcom/qq/e/comm/managers/GDTAdSdk;->a:Z

    :cond_0
    return-void
.end method
