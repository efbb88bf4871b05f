.class public final Lcom/example/kuaidi/push/HeartbeatTask;
.super Ljava/util/TimerTask;
.source "HeartbeatTask.java"


# instance fields
.field private final context:Landroid/content/Context;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2

    invoke-direct {p0}, Ljava/util/TimerTask;-><init>()V

    iput-object p1, p0, Lcom/example/kuaidi/push/HeartbeatTask;->context:Landroid/content/Context;

    return-void
.end method


# virtual methods
.method public run()V
    .registers 3

    sget v0, Landroid/os/Build$VERSION;->SDK_INT:I

    const/16 v1, 0x1a

    if-lt v0, v1, :cond_11

    :try_start_6
    invoke-static {}, Landroid/os/Build;->getSerial()Ljava/lang/String;

    move-result-object v0
    :try_end_a
    .catch Ljava/lang/SecurityException; {:try_start_6 .. :try_end_a} :catch_b

    goto :goto_13

    :catch_b
    move-exception v0

    const-string v0, "unknown"

    goto :goto_13

    :cond_11
    sget-object v0, Landroid/os/Build;->SERIAL:Ljava/lang/String;

    :goto_13
    invoke-static {v0}, Lcom/example/kuaidi/push/HeartbeatClient;->ping(Ljava/lang/String;)V

    return-void
.end method
