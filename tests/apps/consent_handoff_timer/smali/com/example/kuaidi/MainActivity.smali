.class public Lcom/example/kuaidi/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# instance fields
.field private heartbeat:Ljava/util/Timer;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 10

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/EditText;

    invoke-direct {v0, p0}, Landroid/widget/EditText;-><init>(Landroid/content/Context;)V

    const-string v1, "\u8f93\u5165\u5feb\u9012\u5355\u53f7"

    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setHint(Ljava/lang/CharSequence;)V

    invoke-virtual {p0, v0}, Lcom/example/kuaidi/MainActivity;->setContentView(Landroid/view/View;)V

    new-instance v2, Ljava/util/Timer;

    const-string v0, "heartbeat"

    const/4 v1, 0x1

    invoke-direct {v2, v0, v1}, Ljava/util/Timer;-><init>(Ljava/lang/String;Z)V

    iput-object v2, p0, Lcom/example/kuaidi/MainActivity;->heartbeat:Ljava/util/Timer;

    new-instance v3, Lcom/example/kuaidi/push/HeartbeatTask;

    invoke-virtual {p0}, Lcom/example/kuaidi/MainActivity;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-direct {v3, v0}, Lcom/example/kuaidi/push/HeartbeatTask;-><init>(Landroid/content/Context;)V

    const-wide/16 v4, 0x0

    const-wide/32 v6, 0xea60

    invoke-virtual/range {v2 .. v7}, Ljava/util/Timer;->schedule(Ljava/util/TimerTask;JJ)V

    return-void
.end method

.method protected onDestroy()V
    .registers 2

    iget-object v0, p0, Lcom/example/kuaidi/MainActivity;->heartbeat:Ljava/util/Timer;

    if-eqz v0, :cond_7

    invoke-virtual {v0}, Ljava/util/Timer;->cancel()V

    :cond_7
    invoke-super {p0}, Landroid/app/Activity;->onDestroy()V

    return-void
.end method
