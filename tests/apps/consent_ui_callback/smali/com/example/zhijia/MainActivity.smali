.class public Lcom/example/zhijia/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private bindThisPhone()V
    .registers 3

    const-string v0, "phone"

    invoke-virtual {p0, v0}, Lcom/example/zhijia/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    :try_start_8
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    move-result-object v0

    invoke-static {v0}, Lcom/example/zhijia/device/DeviceBinding;->bind(Ljava/lang/String;)V

    const-string v0, "\u5df2\u7ed1\u5b9a\u672c\u673a"

    const/4 v1, 0x0

    invoke-static {p0, v0, v1}, Landroid/widget/Toast;->makeText(Landroid/content/Context;Ljava/lang/CharSequence;I)Landroid/widget/Toast;

    move-result-object v0

    invoke-virtual {v0}, Landroid/widget/Toast;->show()V
    :try_end_1c
    .catch Ljava/lang/SecurityException; {:try_start_8 .. :try_end_1c} :catch_1d

    goto :goto_1e

    :catch_1d
    move-exception v0

    :goto_1e
    return-void
.end method

.method static synthetic lambda$onCreate$0(Lcom/example/zhijia/MainActivity;Landroid/view/View;)V
    .registers 2

    invoke-direct {p0}, Lcom/example/zhijia/MainActivity;->bindThisPhone()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/LinearLayout;

    invoke-direct {v0, p0}, Landroid/widget/LinearLayout;-><init>(Landroid/content/Context;)V

    const/4 v1, 0x1

    invoke-virtual {v0, v1}, Landroid/widget/LinearLayout;->setOrientation(I)V

    new-instance v1, Landroid/widget/TextView;

    invoke-direct {v1, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    invoke-static {}, Lcom/example/zhijia/device/DeviceBinding;->isBound()Z

    move-result v2

    if-eqz v2, :cond_1c

    const-string v2, "\u672c\u673a\u5df2\u7ed1\u5b9a"

    goto :goto_1e

    :cond_1c
    const-string v2, "\u5c1a\u672a\u7ed1\u5b9a\u8bbe\u5907"

    :goto_1e
    invoke-virtual {v1, v2}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    invoke-virtual {v0, v1}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    new-instance v1, Landroid/widget/Button;

    invoke-direct {v1, p0}, Landroid/widget/Button;-><init>(Landroid/content/Context;)V

    const-string v2, "\u7ed1\u5b9a\u672c\u673a"

    invoke-virtual {v1, v2}, Landroid/widget/Button;->setText(Ljava/lang/CharSequence;)V

    new-instance v2, Lcom/example/zhijia/MainActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/zhijia/MainActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/zhijia/MainActivity;)V

    invoke-virtual {v1, v2}, Landroid/widget/Button;->setOnClickListener(Landroid/view/View$OnClickListener;)V

    invoke-virtual {v0, v1}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    new-instance v1, Landroid/widget/Button;

    invoke-direct {v1, p0}, Landroid/widget/Button;-><init>(Landroid/content/Context;)V

    const-string v2, "\u5e2e\u52a9"

    invoke-virtual {v1, v2}, Landroid/widget/Button;->setText(Ljava/lang/CharSequence;)V

    new-instance v2, Lcom/example/zhijia/MainActivity$1;

    invoke-direct {v2, p0}, Lcom/example/zhijia/MainActivity$1;-><init>(Lcom/example/zhijia/MainActivity;)V

    invoke-virtual {v1, v2}, Landroid/widget/Button;->setOnClickListener(Landroid/view/View$OnClickListener;)V

    invoke-virtual {v0, v1}, Landroid/widget/LinearLayout;->addView(Landroid/view/View;)V

    invoke-virtual {p0, v0}, Lcom/example/zhijia/MainActivity;->setContentView(Landroid/view/View;)V

    return-void
.end method
