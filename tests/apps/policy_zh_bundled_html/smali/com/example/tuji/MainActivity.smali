.class public Lcom/example/tuji/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# static fields
.field private static final REQ_CAMERA:I = 0x66

.field private static final REQ_LOCATION:I = 0x65


# instance fields
.field private recorder:Lcom/example/tuji/track/TrackRecorder;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/TextView;

    invoke-direct {v0, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    const-string v1, "途迹 · 记录每一段旅程"

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    invoke-virtual {p0, v0}, Lcom/example/tuji/MainActivity;->setContentView(Landroid/view/View;)V

    const-string v1, "home_open"

    invoke-static {p0, v1}, Lcom/umeng/analytics/MobclickAgent;->onEvent(Landroid/content/Context;Ljava/lang/String;)V

    return-void
.end method

.method protected onPause()V
    .registers 1

    invoke-super {p0}, Landroid/app/Activity;->onPause()V

    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onPause(Landroid/content/Context;)V

    return-void
.end method

.method protected onResume()V
    .registers 1

    invoke-super {p0}, Landroid/app/Activity;->onResume()V

    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onResume(Landroid/content/Context;)V

    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 6

    invoke-super {p0, p1, p2, p3}, Landroid/app/Activity;->onRequestPermissionsResult(I[Ljava/lang/String;[I)V

    array-length v0, p3

    if-eqz v0, :cond_1

    const/4 v0, 0x0

    aget v0, p3, v0

    if-nez v0, :cond_1

    const/16 v1, 0x65

    if-ne p1, v1, :cond_0

    invoke-virtual {p0}, Lcom/example/tuji/MainActivity;->startRecord()V

    return-void

    :cond_0
    const/16 v1, 0x66

    if-ne p1, v1, :cond_1

    invoke-static {p0}, Lcom/example/tuji/photo/CameraCapture;->open(Landroid/content/Context;)V

    :cond_1
    return-void
.end method

.method public onRecordClicked()V
    .registers 5

    const-string v0, "android.permission.ACCESS_FINE_LOCATION"

    invoke-virtual {p0, v0}, Lcom/example/tuji/MainActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-nez v1, :cond_0

    invoke-virtual {p0}, Lcom/example/tuji/MainActivity;->startRecord()V

    return-void

    :cond_0
    const/4 v1, 0x2

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const-string v0, "android.permission.ACCESS_COARSE_LOCATION"

    const/4 v2, 0x1

    aput-object v0, v1, v2

    const/16 v3, 0x65

    invoke-virtual {p0, v1, v3}, Lcom/example/tuji/MainActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void
.end method

.method public onTakePhotoClicked()V
    .registers 4

    const-string v0, "android.permission.CAMERA"

    invoke-virtual {p0, v0}, Lcom/example/tuji/MainActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-nez v1, :cond_0

    invoke-static {p0}, Lcom/example/tuji/photo/CameraCapture;->open(Landroid/content/Context;)V

    return-void

    :cond_0
    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/16 v2, 0x66

    invoke-virtual {p0, v1, v2}, Lcom/example/tuji/MainActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void
.end method

.method public openHelp()V
    .registers 4

    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    const-string v1, "file:///android_asset/help/faq.html"

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V

    new-instance v1, Landroid/app/AlertDialog$Builder;

    invoke-direct {v1, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    invoke-virtual {v1, v0}, Landroid/app/AlertDialog$Builder;->setView(Landroid/view/View;)Landroid/app/AlertDialog$Builder;

    move-result-object v1

    invoke-virtual {v1}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method

.method public openPrivacyPolicy()V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/tuji/PolicyActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    const-string v1, "page"

    const-string v2, "privacy_policy.html"

    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;

    invoke-virtual {p0, v0}, Lcom/example/tuji/MainActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method

.method public onShareClicked(Ljava/lang/String;)V
    .registers 3

    const/4 v0, 0x0

    invoke-static {p0, p1, v0}, Lcom/example/tuji/share/ShareHelper;->shareTrack(Landroid/content/Context;Ljava/lang/String;Z)Z

    return-void
.end method

.method startRecord()V
    .registers 2

    iget-object v0, p0, Lcom/example/tuji/MainActivity;->recorder:Lcom/example/tuji/track/TrackRecorder;

    if-nez v0, :cond_0

    new-instance v0, Lcom/example/tuji/track/TrackRecorder;

    invoke-direct {v0, p0}, Lcom/example/tuji/track/TrackRecorder;-><init>(Landroid/content/Context;)V

    iput-object v0, p0, Lcom/example/tuji/MainActivity;->recorder:Lcom/example/tuji/track/TrackRecorder;

    :cond_0
    invoke-virtual {v0}, Lcom/example/tuji/track/TrackRecorder;->start()V

    return-void
.end method
