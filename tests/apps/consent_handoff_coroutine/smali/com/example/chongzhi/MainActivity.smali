.class public final Lcom/example/chongzhi/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.kt"


# instance fields
.field private volatile detectedNumber:Ljava/lang/String;

.field private phoneInput:Landroid/widget/EditText;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public final getDetectedNumber()Ljava/lang/String;
    .registers 2

    iget-object v0, p0, Lcom/example/chongzhi/MainActivity;->detectedNumber:Ljava/lang/String;

    return-object v0
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 9

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/EditText;

    move-object v1, p0

    check-cast v1, Landroid/content/Context;

    invoke-direct {v0, v1}, Landroid/widget/EditText;-><init>(Landroid/content/Context;)V

    const-string v1, "\u8bf7\u8f93\u5165\u5145\u503c\u624b\u673a\u53f7"

    check-cast v1, Ljava/lang/CharSequence;

    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setHint(Ljava/lang/CharSequence;)V

    const/4 v1, 0x3

    invoke-virtual {v0, v1}, Landroid/widget/EditText;->setInputType(I)V

    iput-object v0, p0, Lcom/example/chongzhi/MainActivity;->phoneInput:Landroid/widget/EditText;

    check-cast v0, Landroid/view/View;

    invoke-virtual {p0, v0}, Lcom/example/chongzhi/MainActivity;->setContentView(Landroid/view/View;)V

    sget-object v0, Lkotlinx/coroutines/GlobalScope;->INSTANCE:Lkotlinx/coroutines/GlobalScope;

    move-object v1, v0

    check-cast v1, Lkotlinx/coroutines/CoroutineScope;

    invoke-static {}, Lkotlinx/coroutines/Dispatchers;->getIO()Lkotlinx/coroutines/CoroutineDispatcher;

    move-result-object v0

    move-object v2, v0

    check-cast v2, Lkotlin/coroutines/CoroutineContext;

    const/4 v3, 0x0

    new-instance v0, Lcom/example/chongzhi/MainActivity$onCreate$1;

    const/4 v4, 0x0

    invoke-direct {v0, p0, v4}, Lcom/example/chongzhi/MainActivity$onCreate$1;-><init>(Lcom/example/chongzhi/MainActivity;Lkotlin/coroutines/Continuation;)V

    move-object v4, v0

    check-cast v4, Lkotlin/jvm/functions/Function2;

    const/4 v5, 0x2

    const/4 v6, 0x0

    invoke-static/range {v1 .. v6}, Lkotlinx/coroutines/BuildersKt;->launch$default(Lkotlinx/coroutines/CoroutineScope;Lkotlin/coroutines/CoroutineContext;Lkotlinx/coroutines/CoroutineStart;Lkotlin/jvm/functions/Function2;ILjava/lang/Object;)Lkotlinx/coroutines/Job;

    return-void
.end method

.method public final setDetectedNumber(Ljava/lang/String;)V
    .registers 2

    iput-object p1, p0, Lcom/example/chongzhi/MainActivity;->detectedNumber:Ljava/lang/String;

    return-void
.end method
